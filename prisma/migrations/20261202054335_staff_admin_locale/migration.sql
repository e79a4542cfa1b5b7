-- AlterTable
ALTER TABLE "StaffUser" ADD COLUMN     "adminLocale" TEXT NOT NULL DEFAULT 'en';
