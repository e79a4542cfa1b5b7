-- AlterTable
ALTER TABLE "Endorsement" ADD COLUMN     "reviewReminderSentAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "StaffUser" ADD COLUMN     "dailyDigest" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "digestSentAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "ReviewView" (
    "endorsementId" TEXT NOT NULL,
    "staffId" TEXT NOT NULL,
    "seenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewView_pkey" PRIMARY KEY ("endorsementId","staffId")
);

-- CreateIndex
CREATE INDEX "ReviewView_seenAt_idx" ON "ReviewView"("seenAt");

-- AddForeignKey
ALTER TABLE "ReviewView" ADD CONSTRAINT "ReviewView_endorsementId_fkey" FOREIGN KEY ("endorsementId") REFERENCES "Endorsement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewView" ADD CONSTRAINT "ReviewView_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "StaffUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;
