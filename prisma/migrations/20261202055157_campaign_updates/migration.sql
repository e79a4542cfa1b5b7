-- AlterTable
ALTER TABLE "OutboundEmail" ADD COLUMN     "campaignUpdateId" TEXT,
ADD COLUMN     "headers" JSONB;

-- CreateTable
CREATE TABLE "CampaignUpdate" (
    "id" TEXT NOT NULL,
    "audience" JSONB NOT NULL,
    "sentAt" TIMESTAMP(3),
    "sentById" TEXT,
    "recipientCount" INTEGER NOT NULL DEFAULT 0,
    "newsItemId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CampaignUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CampaignUpdateTranslation" (
    "updateId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,

    CONSTRAINT "CampaignUpdateTranslation_pkey" PRIMARY KEY ("updateId","locale")
);

-- CreateIndex
CREATE UNIQUE INDEX "CampaignUpdate_newsItemId_key" ON "CampaignUpdate"("newsItemId");

-- CreateIndex
CREATE INDEX "CampaignUpdate_sentAt_idx" ON "CampaignUpdate"("sentAt");

-- CreateIndex
CREATE INDEX "OutboundEmail_campaignUpdateId_status_idx" ON "OutboundEmail"("campaignUpdateId", "status");

-- AddForeignKey
ALTER TABLE "OutboundEmail" ADD CONSTRAINT "OutboundEmail_campaignUpdateId_fkey" FOREIGN KEY ("campaignUpdateId") REFERENCES "CampaignUpdate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignUpdate" ADD CONSTRAINT "CampaignUpdate_sentById_fkey" FOREIGN KEY ("sentById") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignUpdate" ADD CONSTRAINT "CampaignUpdate_newsItemId_fkey" FOREIGN KEY ("newsItemId") REFERENCES "NewsItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignUpdateTranslation" ADD CONSTRAINT "CampaignUpdateTranslation_updateId_fkey" FOREIGN KEY ("updateId") REFERENCES "CampaignUpdate"("id") ON DELETE CASCADE ON UPDATE CASCADE;
