-- CreateEnum
CREATE TYPE "CommitmentProgress" AS ENUM ('COMMITTED', 'STARTED', 'DONE');

-- DropIndex
DROP INDEX "Commitment_actionNumber_idx";

-- AlterTable
ALTER TABLE "Commitment" ADD COLUMN     "pendingAt" TIMESTAMP(3),
ADD COLUMN     "pendingLink" TEXT,
ADD COLUMN     "pendingNote" TEXT,
ADD COLUMN     "progress" "CommitmentProgress" NOT NULL DEFAULT 'COMMITTED',
ADD COLUMN     "progressAt" TIMESTAMP(3),
ADD COLUMN     "progressLink" TEXT,
ADD COLUMN     "progressNote" TEXT;

-- CreateIndex
CREATE INDEX "Commitment_actionNumber_progress_idx" ON "Commitment"("actionNumber", "progress");

-- CreateIndex
CREATE INDEX "Commitment_pendingAt_idx" ON "Commitment"("pendingAt");
