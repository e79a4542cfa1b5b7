-- AlterTable
ALTER TABLE "Endorsement" ADD COLUMN     "contactErasedAt" TIMESTAMP(3),
ADD COLUMN     "retentionHold" BOOLEAN NOT NULL DEFAULT false;
