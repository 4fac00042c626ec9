-- The software census: how many computers of each unit have each catalogue entry. A fleet of 60,000 computers
-- holds some 20 million (computer, program) pairs; counting them takes seconds, too long for the catalogue page to
-- count on each view. A scheduled job (inventory-software-census) counts them every few minutes, and a technician
-- can have them counted at once; the page reads the counts and says when they were taken.
CREATE TABLE inventory_software_census
(
    unit_id     BIGINT  NOT NULL,
    software_id BIGINT  NOT NULL,
    computers   INTEGER NOT NULL,
    PRIMARY KEY (unit_id, software_id)
);

CREATE TABLE inventory_software_census_taken
(
    only_row BOOLEAN     NOT NULL DEFAULT TRUE PRIMARY KEY CHECK (only_row),
    taken_at TIMESTAMPTZ NOT NULL,
    took_ms  BIGINT      NOT NULL
);
