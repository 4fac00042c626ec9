-- The software catalogue: each program, version and publisher that an inventory reported, once. A fleet runs a
-- few thousand of them, so a computer's software is kept as the list of their ids: one row of some 300 numbers
-- instead of 300 rows of text. Entries are never removed, so an id, once read, always names the same program.
CREATE TABLE inventory_software
(
    id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name      VARCHAR(300) NOT NULL,
    version   VARCHAR(100) NOT NULL DEFAULT '',
    publisher VARCHAR(200) NOT NULL DEFAULT '',
    CONSTRAINT inventory_software_entry UNIQUE (name, version, publisher)
);

INSERT INTO inventory_software (name, version, publisher)
SELECT DISTINCT name, version, publisher
  FROM inventory_installed_software
 ORDER BY name, version, publisher;

-- The software installed on a computer as its last inventory reported it: catalogue ids, sorted, each once, so
-- that two inventories compare as two arrays. The GIN index answers "which computers have this software".
CREATE TABLE inventory_asset_software
(
    asset_id     BIGINT   NOT NULL PRIMARY KEY REFERENCES inventory_assets (id) ON DELETE CASCADE,
    software_ids BIGINT[] NOT NULL
);

INSERT INTO inventory_asset_software (asset_id, software_ids)
SELECT i.asset_id, array_agg(DISTINCT s.id ORDER BY s.id)
  FROM inventory_installed_software i
  JOIN inventory_software s ON s.name = i.name AND s.version = i.version AND s.publisher = i.publisher
 GROUP BY i.asset_id;

CREATE INDEX inventory_asset_software_ids ON inventory_asset_software USING gin (software_ids);

DROP TRIGGER inventory_asset_removed ON inventory_assets;
DROP FUNCTION inventory_asset_removed();
DROP TABLE inventory_installed_software;

-- Two lists of ids compare directly: the digest that stood for the list is no longer needed.
ALTER TABLE inventory_assets DROP COLUMN software_digest;

ANALYZE inventory_software;
ANALYZE inventory_asset_software;
