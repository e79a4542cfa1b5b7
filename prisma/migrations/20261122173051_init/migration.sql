-- CreateEnum
CREATE TYPE "EndorsementStatus" AS ENUM ('AWAITING_CONFIRMATION', 'AWAITING_REVIEW', 'APPROVED', 'REJECTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "OrganisationType" AS ENUM ('NGO_NETWORK', 'ALE_PROVIDER', 'UNIVERSITY_RESEARCH', 'GOVERNMENT_PUBLIC', 'INTERNATIONAL_ORGANISATION', 'TRADE_UNION', 'PRIVATE_SECTOR', 'MEDIA', 'OTHER');

-- CreateEnum
CREATE TYPE "Region" AS ENUM ('AFRICA', 'ARAB_STATES', 'ASIA_PACIFIC', 'EUROPE_NORTH_AMERICA', 'LATIN_AMERICA_CARIBBEAN');

-- CreateEnum
CREATE TYPE "StaffRole" AS ENUM ('ADMIN', 'MODERATOR');

-- CreateEnum
CREATE TYPE "PublicationStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "ActionHorizon" AS ENUM ('IMMEDIATE', 'MEDIUM_TERM', 'LONGER_TERM');

-- CreateTable
CREATE TABLE "Endorsement" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "acronym" TEXT,
    "type" "OrganisationType" NOT NULL,
    "countryCode" CHAR(2) NOT NULL,
    "region" "Region" NOT NULL,
    "city" TEXT,
    "website" TEXT,
    "contactName" TEXT NOT NULL,
    "contactRole" TEXT,
    "contactEmail" TEXT NOT NULL,
    "statement" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'en',
    "consentPublic" BOOLEAN NOT NULL,
    "consentEmails" BOOLEAN NOT NULL DEFAULT false,
    "status" "EndorsementStatus" NOT NULL DEFAULT 'AWAITING_CONFIRMATION',
    "rejectionReason" TEXT,
    "logoId" TEXT,
    "logoHidden" BOOLEAN NOT NULL DEFAULT false,
    "featured" BOOLEAN NOT NULL DEFAULT false,
    "isPartner" BOOLEAN NOT NULL DEFAULT false,
    "invitedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "confirmedAt" TIMESTAMP(3),
    "approvedAt" TIMESTAMP(3),
    "rejectedAt" TIMESTAMP(3),
    "withdrawnAt" TIMESTAMP(3),

    CONSTRAINT "Endorsement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Commitment" (
    "endorsementId" TEXT NOT NULL,
    "actionNumber" INTEGER NOT NULL,

    CONSTRAINT "Commitment_pkey" PRIMARY KEY ("endorsementId","actionNumber")
);

-- CreateTable
CREATE TABLE "EndorsementStatusChange" (
    "id" TEXT NOT NULL,
    "endorsementId" TEXT NOT NULL,
    "fromStatus" "EndorsementStatus",
    "toStatus" "EndorsementStatus" NOT NULL,
    "actorId" TEXT,
    "note" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EndorsementStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Image" (
    "id" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "bytes" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Image_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Partner" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "acronym" TEXT,
    "name" TEXT NOT NULL,
    "localName" TEXT,
    "url" TEXT,
    "logoId" TEXT,
    "founding" BOOLEAN NOT NULL DEFAULT true,
    "position" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Partner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KeyMessage" (
    "id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "KeyMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KeyMessageTranslation" (
    "keyMessageId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "KeyMessageTranslation_pkey" PRIMARY KEY ("keyMessageId","locale")
);

-- CreateTable
CREATE TABLE "CallToAction" (
    "number" INTEGER NOT NULL,
    "horizon" "ActionHorizon" NOT NULL,

    CONSTRAINT "CallToAction_pkey" PRIMARY KEY ("number")
);

-- CreateTable
CREATE TABLE "CallToActionTranslation" (
    "actionNumber" INTEGER NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,

    CONSTRAINT "CallToActionTranslation_pkey" PRIMARY KEY ("actionNumber","locale")
);

-- CreateTable
CREATE TABLE "NewsItem" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "status" "PublicationStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "sourceUrl" TEXT,
    "coverImageId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NewsItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NewsTranslation" (
    "newsItemId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,

    CONSTRAINT "NewsTranslation_pkey" PRIMARY KEY ("newsItemId","locale")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "status" "PublicationStatus" NOT NULL DEFAULT 'DRAFT',
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "timeZone" TEXT NOT NULL,
    "online" BOOLEAN NOT NULL DEFAULT true,
    "location" TEXT,
    "registrationUrl" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventTranslation" (
    "eventId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,

    CONSTRAINT "EventTranslation_pkey" PRIMARY KEY ("eventId","locale")
);

-- CreateTable
CREATE TABLE "StaffUser" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "StaffRole" NOT NULL DEFAULT 'MODERATOR',
    "totpSecret" TEXT,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "disabledAt" TIMESTAMP(3),
    "lastLoginAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StaffUser_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorEmail" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Endorsement_slug_key" ON "Endorsement"("slug");

-- CreateIndex
CREATE INDEX "Endorsement_status_approvedAt_idx" ON "Endorsement"("status", "approvedAt" DESC);

-- CreateIndex
CREATE INDEX "Endorsement_status_region_idx" ON "Endorsement"("status", "region");

-- CreateIndex
CREATE INDEX "Endorsement_status_countryCode_idx" ON "Endorsement"("status", "countryCode");

-- CreateIndex
CREATE INDEX "Endorsement_status_type_idx" ON "Endorsement"("status", "type");

-- CreateIndex
CREATE INDEX "Endorsement_status_createdAt_idx" ON "Endorsement"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Endorsement_nameKey_countryCode_idx" ON "Endorsement"("nameKey", "countryCode");

-- CreateIndex
CREATE INDEX "Endorsement_contactEmail_idx" ON "Endorsement"("contactEmail");

-- CreateIndex
CREATE INDEX "Commitment_actionNumber_idx" ON "Commitment"("actionNumber");

-- CreateIndex
CREATE INDEX "EndorsementStatusChange_endorsementId_at_idx" ON "EndorsementStatusChange"("endorsementId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "Image_sha256_key" ON "Image"("sha256");

-- CreateIndex
CREATE UNIQUE INDEX "Partner_slug_key" ON "Partner"("slug");

-- CreateIndex
CREATE INDEX "Partner_position_idx" ON "Partner"("position");

-- CreateIndex
CREATE UNIQUE INDEX "KeyMessage_position_key" ON "KeyMessage"("position");

-- CreateIndex
CREATE UNIQUE INDEX "NewsItem_slug_key" ON "NewsItem"("slug");

-- CreateIndex
CREATE INDEX "NewsItem_status_publishedAt_idx" ON "NewsItem"("status", "publishedAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Event_slug_key" ON "Event"("slug");

-- CreateIndex
CREATE INDEX "Event_status_startsAt_idx" ON "Event"("status", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "StaffUser_email_key" ON "StaffUser"("email");

-- CreateIndex
CREATE INDEX "AuditEntry_at_idx" ON "AuditEntry"("at");

-- CreateIndex
CREATE INDEX "AuditEntry_entityType_entityId_idx" ON "AuditEntry"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEntry_actorId_at_idx" ON "AuditEntry"("actorId", "at");

-- AddForeignKey
ALTER TABLE "Endorsement" ADD CONSTRAINT "Endorsement_logoId_fkey" FOREIGN KEY ("logoId") REFERENCES "Image"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Endorsement" ADD CONSTRAINT "Endorsement_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "Endorsement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_endorsementId_fkey" FOREIGN KEY ("endorsementId") REFERENCES "Endorsement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_actionNumber_fkey" FOREIGN KEY ("actionNumber") REFERENCES "CallToAction"("number") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EndorsementStatusChange" ADD CONSTRAINT "EndorsementStatusChange_endorsementId_fkey" FOREIGN KEY ("endorsementId") REFERENCES "Endorsement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EndorsementStatusChange" ADD CONSTRAINT "EndorsementStatusChange_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Partner" ADD CONSTRAINT "Partner_logoId_fkey" FOREIGN KEY ("logoId") REFERENCES "Image"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KeyMessageTranslation" ADD CONSTRAINT "KeyMessageTranslation_keyMessageId_fkey" FOREIGN KEY ("keyMessageId") REFERENCES "KeyMessage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CallToActionTranslation" ADD CONSTRAINT "CallToActionTranslation_actionNumber_fkey" FOREIGN KEY ("actionNumber") REFERENCES "CallToAction"("number") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewsItem" ADD CONSTRAINT "NewsItem_coverImageId_fkey" FOREIGN KEY ("coverImageId") REFERENCES "Image"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewsTranslation" ADD CONSTRAINT "NewsTranslation_newsItemId_fkey" FOREIGN KEY ("newsItemId") REFERENCES "NewsItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventTranslation" ADD CONSTRAINT "EventTranslation_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;
