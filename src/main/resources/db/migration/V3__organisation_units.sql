-- Organisation units: one tree holding ministries, departments, centres, divisions, cities and wards.
-- "path" is the materialised path of ids ("/1/4/17/"): a subtree is a prefix match, which the
-- text_pattern_ops index serves, so that scope checks never walk the tree.

CREATE TABLE organisation_units
(
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code          VARCHAR(40)  NOT NULL UNIQUE,
    name_vi       VARCHAR(300) NOT NULL,
    name_en       VARCHAR(300),
    kind          VARCHAR(30)  NOT NULL,
    parent_id     BIGINT REFERENCES organisation_units (id),
    path          TEXT         NOT NULL,
    address       VARCHAR(500),
    province_code VARCHAR(2) REFERENCES provinces (code),
    ward_code     VARCHAR(5) REFERENCES wards (code),
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version       INT          NOT NULL DEFAULT 0,
    CONSTRAINT organisation_units_no_self_parent CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX organisation_units_by_parent ON organisation_units (parent_id);
CREATE INDEX organisation_units_by_path ON organisation_units (path text_pattern_ops);
CREATE INDEX organisation_units_name_search ON organisation_units USING gin (search_fold(name_vi) gin_trgm_ops);
