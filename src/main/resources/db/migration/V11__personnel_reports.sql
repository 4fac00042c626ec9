-- Reports of the personnel registry: the quantity and quality report BM01-VC/BNV counted from the report periods.
--
-- BM01 counts, for each child unit of the chosen unit, about thirty columns of the people in service on a day D.
-- One count(*) FILTER per column costs thirty expression evaluations per row, and grouping by every attribute
-- together multiplies the groups up to one per person. Instead:
--  * the attributes that do not depend on D are packed, at write time, into seven generated bigint columns. Each
--    holds three one-hot counters 21 bits apart (1, 2^21, 2^42), so that sum() of the column over a group adds
--    the three counts at once: sum(bm01_degree) = doctors + 2^21 * masters + 2^42 * bachelors. A group of fewer
--    than 2^21 people decodes exactly (the report groups finer than that and checks it);
--  * what depends on D (age band, past retirement age, Party member on D) is computed in the query from birth
--    date and Party date and folded, with the sex, into one small group key;
--  * the child unit of a row is the id at one position of its unit path. For the two top levels (the country's
--    ministries and provinces, and their departments and districts) the ids are generated columns, so that the
--    largest reports group on a bigint rather than cutting a string per row;
--  * the two partial indexes below cover the query (index-only scans, no heap access): open periods of people in
--    service, which answer "today" for any subtree, and closed ones, which answer past days by valid_to > D.
ALTER TABLE personnel_record_periods
    ADD COLUMN bm01_rank_high BIGINT GENERATED ALWAYS AS (
        CASE WHEN salary_grade LIKE 'A3%' THEN 1 WHEN salary_grade LIKE 'A2%' THEN 2097152
             WHEN salary_grade LIKE 'A1%' THEN 4398046511104 ELSE 0 END) STORED,
    ADD COLUMN bm01_rank_low BIGINT GENERATED ALWAYS AS (
        CASE WHEN salary_grade LIKE 'A0%' THEN 1 WHEN salary_grade LIKE 'B%' THEN 2097152
             WHEN salary_grade LIKE 'C%' THEN 4398046511104 ELSE 0 END) STORED,
    ADD COLUMN bm01_degree BIGINT GENERATED ALWAYS AS (
        CASE education_level WHEN 'TS' THEN 1 WHEN 'THS' THEN 2097152 WHEN 'DH' THEN 4398046511104 ELSE 0 END) STORED,
    ADD COLUMN bm01_theory BIGINT GENERATED ALWAYS AS (
        CASE political_theory WHEN 'CN' THEN 1 WHEN 'CC' THEN 1 WHEN 'TC' THEN 2097152 WHEN 'SC' THEN 4398046511104
             ELSE 0 END) STORED,
    ADD COLUMN bm01_management BIGINT GENERATED ALWAYS AS (
        CASE state_management WHEN 'CVCC' THEN 1 WHEN 'CVC' THEN 2097152 WHEN 'CV' THEN 4398046511104 ELSE 0 END) STORED,
    ADD COLUMN bm01_skills BIGINT GENERATED ALWAYS AS (
        (CASE WHEN state_management = 'CS' THEN 1 ELSE 0 END)
        + (CASE it_level WHEN 'DEGREE' THEN 2097152 WHEN 'CERTIFICATE' THEN 4398046511104 ELSE 0 END)) STORED,
    ADD COLUMN bm01_language BIGINT GENERATED ALWAYS AS (
        (CASE language_level WHEN 'DEGREE' THEN 1 WHEN 'CERTIFICATE' THEN 2097152 ELSE 0 END)
        + (CASE WHEN ethnic_code IS NOT NULL AND ethnic_code <> '01' THEN 4398046511104 ELSE 0 END)) STORED,
    ADD COLUMN unit_level1 BIGINT GENERATED ALWAYS AS (NULLIF(split_part(unit_path, '/', 2), '')::bigint) STORED,
    ADD COLUMN unit_level2 BIGINT GENERATED ALWAYS AS (NULLIF(split_part(unit_path, '/', 3), '')::bigint) STORED;

CREATE INDEX personnel_record_periods_bm01_open ON personnel_record_periods (unit_path text_pattern_ops)
    INCLUDE (valid_from, sex, birth_date, party_joined, unit_level1, unit_level2, bm01_rank_high, bm01_rank_low,
             bm01_degree, bm01_theory, bm01_management, bm01_skills, bm01_language)
    WHERE valid_to IS NULL AND status IN ('ACTIVE', 'SECONDED');

CREATE INDEX personnel_record_periods_bm01_closed ON personnel_record_periods (unit_path text_pattern_ops, valid_to)
    INCLUDE (valid_from, sex, birth_date, party_joined, unit_level1, unit_level2, bm01_rank_high, bm01_rank_low,
             bm01_degree, bm01_theory, bm01_management, bm01_skills, bm01_language)
    WHERE valid_to IS NOT NULL AND status IN ('ACTIVE', 'SECONDED');

-- The due lists: the regular salary step falls due at salary_since + 3 or 2 years; retirement by birth date.
CREATE INDEX personnel_records_salary_since ON personnel_records (((data ->> 'salary_since')))
    WHERE status IN ('ACTIVE', 'SECONDED');

-- Data quality: the same name and date of birth in two records.
CREATE INDEX personnel_records_name_birth ON personnel_records (search_fold(full_name), birth_date);
