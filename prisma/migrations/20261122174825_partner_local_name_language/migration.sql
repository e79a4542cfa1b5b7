-- AlterTable
ALTER TABLE "Partner" ADD COLUMN     "localNameLanguage" TEXT;
