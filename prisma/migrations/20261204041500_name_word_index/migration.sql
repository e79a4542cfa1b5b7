-- The words of an organisation name as a text-search vector (no parser and no stemming: exactly the
-- space-separated words of the name key), so that a search of several words is driven by its rarest
-- word instead of scanning the trigrams that most names share (lib/endorsements/wall.server.ts).
-- The Prisma schema cannot declare an index on an expression, so this migration owns it.
-- Both name indexes take new rows at once (fastupdate off): with the default pending list, each
-- search read every row added since the last vacuum (10 ms instead of 1 ms after a thousand sign-ups).
CREATE INDEX "Endorsement_nameKey_words_idx" ON "Endorsement" USING GIN (array_to_tsvector(array_remove(string_to_array("nameKey", ' '), ''))) WITH (fastupdate = off);
ALTER INDEX "Endorsement_nameKey_idx" SET (fastupdate = off);
