-- The wall's four keyset indexes and both name indexes hold approved rows only (decision 043): every
-- page that reads them asks for status = 'APPROVED', and a sign-up or a confirmation, hundreds a second
-- on launch day, then writes none of them (the two GIN indexes cost most: one entry per trigram or
-- word of the name). This migration owns the WHERE, which the schema does not declare: the drift
-- check compares columns and methods, which stay as the schema says.
-- The keyset indexes lose their leading status column: PostgreSQL leaves a condition the WHERE
-- already implies out of the index search, so behind a leading status it read the whole index.
-- (No semicolon in these comments: the PostgreSQL adapter splits the script on them.)
DROP INDEX "Endorsement_status_approvedAt_id_idx";
DROP INDEX "Endorsement_status_countryCode_approvedAt_id_idx";
DROP INDEX "Endorsement_status_region_approvedAt_id_idx";
DROP INDEX "Endorsement_status_type_approvedAt_id_idx";
CREATE INDEX "Endorsement_approvedAt_id_idx" ON "Endorsement"("approvedAt" DESC, "id" DESC) WHERE "status" = 'APPROVED';
CREATE INDEX "Endorsement_region_approvedAt_id_idx" ON "Endorsement"("region", "approvedAt" DESC, "id" DESC) WHERE "status" = 'APPROVED';
CREATE INDEX "Endorsement_countryCode_approvedAt_id_idx" ON "Endorsement"("countryCode", "approvedAt" DESC, "id" DESC) WHERE "status" = 'APPROVED';
CREATE INDEX "Endorsement_type_approvedAt_id_idx" ON "Endorsement"("type", "approvedAt" DESC, "id" DESC) WHERE "status" = 'APPROVED';
DROP INDEX "Endorsement_nameKey_idx";
CREATE INDEX "Endorsement_nameKey_idx" ON "Endorsement" USING GIN ("nameKey" gin_trgm_ops) WITH (fastupdate = off) WHERE "status" = 'APPROVED';
DROP INDEX "Endorsement_nameKey_words_idx";
CREATE INDEX "Endorsement_nameKey_words_idx" ON "Endorsement" USING GIN (array_to_tsvector(array_remove(string_to_array("nameKey", ' '), ''))) WITH (fastupdate = off) WHERE "status" = 'APPROVED';
-- The review page's similar names among the endorsements not (yet) on the wall, one country at a time
-- (possibleDuplicates, lib/endorsements/review.server.ts): the approved ones are found through the
-- indexes above.
CREATE INDEX "Endorsement_unapproved_countryCode_nameKey_idx" ON "Endorsement"("countryCode", "nameKey") WHERE "status" <> 'APPROVED';
