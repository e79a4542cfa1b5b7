-- The pairs of neighbouring words of an organisation name ("adult education", "education network"),
-- so that a search of several words finds the names where they stand in that order (each a whole
-- word but the last, which may start one) by its rarest pair: decision 060. The index of single
-- words it replaces handed PostgreSQL every name that had one of the words, and most names share
-- some ("network learning" on 100,000 "... Learning Network n" read them all for none).
-- A word of a name key is at most 255 characters (1,020 bytes), so a pair stays under the 2,047
-- bytes a text-search entry holds. The Prisma schema cannot declare an index on an expression or a
-- function, so this migration owns both. (No semicolon in these comments or in the function: the
-- PostgreSQL adapter splits the script on them.)
CREATE FUNCTION name_word_pairs(key text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(words[i] || ' ' || words[i + 1] ORDER BY i), '{}')
  FROM (SELECT array_remove(string_to_array(key, ' '), '') AS words) AS split,
    generate_series(1, coalesce(array_length(words, 1), 0) - 1) AS i
$$;
DROP INDEX "Endorsement_nameKey_words_idx";
CREATE INDEX "Endorsement_nameKey_pairs_idx" ON "Endorsement" USING GIN (array_to_tsvector(name_word_pairs("nameKey"))) WITH (fastupdate = off) WHERE "status" = 'APPROVED';
