-- Administrative areas after the 2025 reform: 34 provinces and their 3,321 wards and communes (two tiers, no
-- districts). The rows come from reference/vn-admin-units/provinces-wards-2025.json (V2_1).

CREATE TABLE provinces
(
    code      VARCHAR(2)   NOT NULL PRIMARY KEY,
    name      VARCHAR(200) NOT NULL,
    kind      VARCHAR(20)  NOT NULL CHECK (kind IN ('CITY', 'PROVINCE'))
);

CREATE TABLE wards
(
    code          VARCHAR(5)   NOT NULL PRIMARY KEY,
    province_code VARCHAR(2)   NOT NULL REFERENCES provinces (code),
    name          VARCHAR(200) NOT NULL,
    kind          VARCHAR(20)  NOT NULL CHECK (kind IN ('WARD', 'COMMUNE', 'SPECIAL_ZONE'))
);
CREATE INDEX wards_by_province ON wards (province_code);
CREATE INDEX wards_name_search ON wards USING gin (search_fold(name) gin_trgm_ops);
