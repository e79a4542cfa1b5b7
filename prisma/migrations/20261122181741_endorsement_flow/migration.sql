-- CreateEnum
CREATE TYPE "TokenPurpose" AS ENUM ('CONFIRM', 'MANAGE');

-- DropIndex
DROP INDEX "Endorsement_contactEmail_idx";

-- DropIndex
DROP INDEX "Endorsement_nameKey_countryCode_idx";

-- AlterTable
ALTER TABLE "Endorsement" ADD COLUMN     "inviteCode" TEXT,
ADD COLUMN     "websiteDomain" TEXT;

-- Existing endorsements get an invite code before the column becomes required.
UPDATE "Endorsement" SET "inviteCode" = substr(md5("id" || random()::text), 1, 12) WHERE "inviteCode" IS NULL;
ALTER TABLE "Endorsement" ALTER COLUMN "inviteCode" SET NOT NULL;

-- CreateTable
CREATE TABLE "EmailToken" (
    "id" TEXT NOT NULL,
    "endorsementId" TEXT NOT NULL,
    "purpose" "TokenPurpose" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmailToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RateLimitBucket_pkey" PRIMARY KEY ("key","windowStart")
);

-- CreateIndex
CREATE UNIQUE INDEX "EmailToken_tokenHash_key" ON "EmailToken"("tokenHash");

-- CreateIndex
CREATE INDEX "EmailToken_endorsementId_purpose_idx" ON "EmailToken"("endorsementId", "purpose");

-- CreateIndex
CREATE INDEX "EmailToken_expiresAt_idx" ON "EmailToken"("expiresAt");

-- CreateIndex
CREATE INDEX "RateLimitBucket_windowStart_idx" ON "RateLimitBucket"("windowStart");

-- CreateIndex
CREATE UNIQUE INDEX "Endorsement_contactEmail_key" ON "Endorsement"("contactEmail");

-- CreateIndex
CREATE UNIQUE INDEX "Endorsement_inviteCode_key" ON "Endorsement"("inviteCode");

-- CreateIndex
CREATE INDEX "Endorsement_status_nameKey_idx" ON "Endorsement"("status", "nameKey");

-- CreateIndex
CREATE INDEX "Endorsement_websiteDomain_idx" ON "Endorsement"("websiteDomain");

-- CreateIndex
CREATE UNIQUE INDEX "Endorsement_nameKey_countryCode_key" ON "Endorsement"("nameKey", "countryCode");

-- AddForeignKey
ALTER TABLE "EmailToken" ADD CONSTRAINT "EmailToken_endorsementId_fkey" FOREIGN KEY ("endorsementId") REFERENCES "Endorsement"("id") ON DELETE CASCADE ON UPDATE CASCADE;
