-- AlterTable
ALTER TABLE "Endorsement" ADD COLUMN     "domainVerified" BOOLEAN NOT NULL DEFAULT false;
