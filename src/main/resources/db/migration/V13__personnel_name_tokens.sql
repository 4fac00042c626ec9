-- Name search at national scale. Indexing the words of folded names alone (V9) leaves posting lists that are too long
-- to intersect quickly: four people in ten are "nguyen", half the women "thi", many men "van". So each name is also
-- indexed by its pairs of adjacent words ("nguyen_thi", "thi_thu", "thu_trang") and by its surname with its given name
-- ("nguyen__trang"). A search of two or more words looks up the pairs, whose lists are short; the last pair is a
-- prefix ("thu_tr":*) so that results come while the name is being typed. A single word still uses the word lists:
-- a rare one is short, and a frequent one is served by walking the name order until the page is full.
--
-- The lexemes are built here rather than by to_tsvector, whose parser would split "nguyen_thi" again; queries are
-- cast to tsquery for the same reason.

CREATE FUNCTION personnel_name_tokens(folded text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$
SELECT array_to_tsvector(w.words
    || ARRAY(SELECT w.words[i] || '_' || w.words[i + 1] FROM generate_series(1, cardinality(w.words) - 1) AS i)
    || CASE WHEN cardinality(w.words) > 2 THEN ARRAY[w.words[1] || '__' || w.words[cardinality(w.words)]]
            ELSE ARRAY[]::text[] END)
FROM (SELECT array_remove(regexp_split_to_array(folded, '[^a-z0-9]+'), '') AS words) AS w
$$;

ALTER TABLE personnel_records
    ADD COLUMN name_tokens tsvector GENERATED ALWAYS AS (personnel_name_tokens(search_fold(full_name))) STORED;

DROP INDEX personnel_records_name_words;
CREATE INDEX personnel_records_name_tokens ON personnel_records USING gin (name_tokens);
