-- BM01 tallies kept for chosen days.
--
-- Counting BM01 from the report periods reads every period of the people in service: for the whole country that is
-- 2.5 million index entries, more than a second of work on a small server before any counting. Reports are asked
-- for a few days over and over (today, the end of last year, the day of the last report), so for those days the
-- registry keeps the counts themselves: per day, per unit and per demography group (the same key and packed sums as
-- the BM01 query of V11). A report for a kept day adds up a few hundred thousand cells for the country and a few
-- thousand for a province.
--
-- The cells follow every change of the periods in the same transaction, by statement triggers that add the rows
-- inserted and subtract the rows deleted (an update is both), for each kept day on which the row is in service.
-- A day is added by counting the periods once while they are locked against writers (SHARE mode), so that no
-- change is counted twice or missed; a day is dropped under the same lock.

CREATE TABLE personnel_bm01_days (
    day          DATE PRIMARY KEY,
    -- the limits of the age bands (AgeBand.birthLimits) and the first birth days not yet past the retirement age
    -- on that day, as the registry computed them when it added the day
    age_limits   DATE[] NOT NULL,
    past_men     DATE NOT NULL,
    past_women   DATE NOT NULL,
    added_at     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    used_at      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);

CREATE TABLE personnel_bm01_cells (
    day          DATE NOT NULL,
    unit_path    VARCHAR(400) COLLATE "C" NOT NULL,
    demography   SMALLINT NOT NULL,
    people       BIGINT NOT NULL,
    p0           BIGINT NOT NULL,
    p1           BIGINT NOT NULL,
    p2           BIGINT NOT NULL,
    p3           BIGINT NOT NULL,
    p4           BIGINT NOT NULL,
    p5           BIGINT NOT NULL,
    p6           BIGINT NOT NULL,
    -- the country's report groups by the first id of the path, a province's by the second (as in V11)
    unit_level1  BIGINT GENERATED ALWAYS AS (NULLIF(split_part(unit_path, '/', 2), '')::bigint) STORED,
    unit_level2  BIGINT GENERATED ALWAYS AS (NULLIF(split_part(unit_path, '/', 3), '')::bigint) STORED,
    PRIMARY KEY (day, unit_path, demography)
);

-- The demography key of a period on a kept day; ReportQueries.workforce computes the same key from its parameters.
CREATE FUNCTION personnel_bm01_demography(sex CHAR(1), birth_date DATE, party_joined DATE, d personnel_bm01_days)
    RETURNS INTEGER LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT (CASE WHEN sex = 'F' THEN 1 ELSE 0 END) + 2 * width_bucket(birth_date, d.age_limits)
           + (CASE WHEN birth_date < (CASE WHEN sex = 'F' THEN d.past_women ELSE d.past_men END) THEN 32 ELSE 0 END)
           + (CASE WHEN party_joined <= d.day THEN 64 ELSE 0 END)
$$;

-- Adds the signed rows of a change to the cells of every kept day on which they are in service.
CREATE FUNCTION personnel_bm01_follow() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
    changed TEXT;
BEGIN
    IF NOT EXISTS (SELECT FROM personnel_bm01_days) THEN
        RETURN NULL;
    END IF;
    changed := CASE TG_OP
        WHEN 'INSERT' THEN 'SELECT 1 AS sign, * FROM new_periods'
        WHEN 'DELETE' THEN 'SELECT -1 AS sign, * FROM old_periods'
        ELSE 'SELECT 1 AS sign, * FROM new_periods UNION ALL SELECT -1 AS sign, * FROM old_periods' END;
    EXECUTE format($sql$
        INSERT INTO personnel_bm01_cells AS c (day, unit_path, demography, people, p0, p1, p2, p3, p4, p5, p6)
        SELECT d.day, t.unit_path, personnel_bm01_demography(t.sex, t.birth_date, t.party_joined, d),
               sum(t.sign), sum(t.sign * t.bm01_rank_high), sum(t.sign * t.bm01_rank_low),
               sum(t.sign * t.bm01_degree), sum(t.sign * t.bm01_theory), sum(t.sign * t.bm01_management),
               sum(t.sign * t.bm01_skills), sum(t.sign * t.bm01_language)
        FROM (%s) t
        JOIN personnel_bm01_days d ON t.valid_from <= d.day AND (t.valid_to IS NULL OR t.valid_to > d.day)
        WHERE t.status IN ('ACTIVE', 'SECONDED')
        GROUP BY 1, 2, 3
        HAVING sum(t.sign) <> 0 OR sum(t.sign * t.bm01_rank_high) <> 0 OR sum(t.sign * t.bm01_rank_low) <> 0
            OR sum(t.sign * t.bm01_degree) <> 0 OR sum(t.sign * t.bm01_theory) <> 0
            OR sum(t.sign * t.bm01_management) <> 0 OR sum(t.sign * t.bm01_skills) <> 0
            OR sum(t.sign * t.bm01_language) <> 0
        ORDER BY 1, 2, 3
        ON CONFLICT (day, unit_path, demography) DO UPDATE SET people = c.people + excluded.people,
            p0 = c.p0 + excluded.p0, p1 = c.p1 + excluded.p1, p2 = c.p2 + excluded.p2, p3 = c.p3 + excluded.p3,
            p4 = c.p4 + excluded.p4, p5 = c.p5 + excluded.p5, p6 = c.p6 + excluded.p6
        $sql$, changed);
    RETURN NULL;
END;
$$;

CREATE TRIGGER personnel_bm01_inserted AFTER INSERT ON personnel_record_periods
    REFERENCING NEW TABLE AS new_periods FOR EACH STATEMENT EXECUTE FUNCTION personnel_bm01_follow();
CREATE TRIGGER personnel_bm01_updated AFTER UPDATE ON personnel_record_periods
    REFERENCING OLD TABLE AS old_periods NEW TABLE AS new_periods FOR EACH STATEMENT
    EXECUTE FUNCTION personnel_bm01_follow();
CREATE TRIGGER personnel_bm01_deleted AFTER DELETE ON personnel_record_periods
    REFERENCING OLD TABLE AS old_periods FOR EACH STATEMENT EXECUTE FUNCTION personnel_bm01_follow();

-- Emptying the periods empties the cells; the days stay kept.
CREATE FUNCTION personnel_bm01_truncated() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM personnel_bm01_cells;
    RETURN NULL;
END;
$$;

CREATE TRIGGER personnel_bm01_truncated AFTER TRUNCATE ON personnel_record_periods
    FOR EACH STATEMENT EXECUTE FUNCTION personnel_bm01_truncated();
