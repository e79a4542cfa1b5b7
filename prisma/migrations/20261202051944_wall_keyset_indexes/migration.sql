-- DropIndex
DROP INDEX "Endorsement_status_approvedAt_idx";

-- DropIndex
DROP INDEX "Endorsement_status_countryCode_idx";

-- DropIndex
DROP INDEX "Endorsement_status_region_idx";

-- DropIndex
DROP INDEX "Endorsement_status_type_idx";

-- CreateIndex
CREATE INDEX "Endorsement_status_approvedAt_id_idx" ON "Endorsement"("status", "approvedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Endorsement_status_region_approvedAt_id_idx" ON "Endorsement"("status", "region", "approvedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Endorsement_status_countryCode_approvedAt_id_idx" ON "Endorsement"("status", "countryCode", "approvedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Endorsement_status_type_approvedAt_id_idx" ON "Endorsement"("status", "type", "approvedAt" DESC, "id" DESC);
