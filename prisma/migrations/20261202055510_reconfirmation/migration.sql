-- AlterEnum
ALTER TYPE "EndorsementStatus" ADD VALUE 'LAPSED';

-- AlterEnum
ALTER TYPE "TokenPurpose" ADD VALUE 'RECONFIRM';

-- AlterTable
ALTER TABLE "Endorsement" ADD COLUMN     "lapsedAt" TIMESTAMP(3),
ADD COLUMN     "reconfirmAskedAt" TIMESTAMP(3),
ADD COLUMN     "reconfirmedAt" TIMESTAMP(3);
