-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateIndex
CREATE INDEX "Endorsement_nameKey_idx" ON "Endorsement" USING GIN ("nameKey" gin_trgm_ops);
