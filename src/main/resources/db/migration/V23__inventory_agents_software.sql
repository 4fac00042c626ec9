-- What inventory agents (OCS Inventory NG, FusionInventory, GLPI agent) report of the computers they run on: the
-- machine itself (on inventory_assets), its network interfaces and installed software, and what changed from one
-- inventory to the next; the rules deciding which known asset an inventory belongs to; software licences.

ALTER TABLE inventory_assets
    -- The agent's own name for itself (DEVICEID), and when it last sent an inventory.
    ADD COLUMN agent_device_id   VARCHAR(200),
    ADD COLUMN last_inventory_at TIMESTAMPTZ,
    -- A digest of the last installed-software list: an inventory whose software did not change writes none of it.
    ADD COLUMN software_digest   VARCHAR(64);
CREATE INDEX inventory_assets_device ON inventory_assets (agent_device_id) WHERE agent_device_id IS NOT NULL;
-- Matching by host name compares names ignoring case.
CREATE INDEX inventory_assets_host ON inventory_assets (lower(name)) WHERE kind IN ('SERVER', 'VIRTUAL_MACHINE', 'WORKSTATION', 'LAPTOP');

-- The network interfaces of a computer as its last inventory reported them (replaced by each inventory).
CREATE TABLE inventory_network_interfaces
(
    asset_id    BIGINT       NOT NULL REFERENCES inventory_assets (id) ON DELETE CASCADE,
    name        VARCHAR(200) NOT NULL DEFAULT '',
    mac_address VARCHAR(17),
    ip_address  VARCHAR(45)
);
CREATE INDEX inventory_network_interfaces_asset ON inventory_network_interfaces (asset_id);
CREATE INDEX inventory_network_interfaces_mac ON inventory_network_interfaces (mac_address) WHERE mac_address IS NOT NULL;

-- The software installed on a computer as its last inventory reported it. Empty text, not null, for an unknown
-- version or publisher, so that two lists compare row by row.
CREATE TABLE inventory_installed_software
(
    asset_id  BIGINT       NOT NULL REFERENCES inventory_assets (id) ON DELETE CASCADE,
    name      VARCHAR(300) NOT NULL,
    version   VARCHAR(100) NOT NULL DEFAULT '',
    publisher VARCHAR(200) NOT NULL DEFAULT ''
);
CREATE INDEX inventory_installed_software_asset ON inventory_installed_software (asset_id);
-- The software catalogue counts installations by name.
CREATE INDEX inventory_installed_software_name ON inventory_installed_software (name);

-- What changed on an asset between two inventories: software added or removed, memory, operating system, IP
-- addresses, host name ...
CREATE TABLE inventory_asset_changes
(
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    asset_id   BIGINT       NOT NULL REFERENCES inventory_assets (id) ON DELETE CASCADE,
    changed_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    -- SOFTWARE_ADDED, SOFTWARE_REMOVED, NAME, OS, MEMORY, IP_ADDRESSES, SERIAL, MANUFACTURER, MODEL
    field      VARCHAR(30)  NOT NULL,
    old_value  VARCHAR(500),
    new_value  VARCHAR(500)
);
CREATE INDEX inventory_asset_changes_asset ON inventory_asset_changes (asset_id, changed_at DESC);

-- The rules deciding which known computer an inventory updates, tried in order; the first that finds exactly one
-- computer wins, and an inventory no rule matches registers a new computer.
CREATE TABLE inventory_matching_rules
(
    position  INT         NOT NULL PRIMARY KEY,
    -- SERIAL, HARDWARE_UUID, MAC_ADDRESS, HOSTNAME (MatchCriterion)
    criterion VARCHAR(20) NOT NULL UNIQUE,
    enabled   BOOLEAN     NOT NULL DEFAULT TRUE
);
INSERT INTO inventory_matching_rules (position, criterion, enabled)
VALUES (1, 'HARDWARE_UUID', TRUE),
       (2, 'SERIAL', TRUE),
       (3, 'MAC_ADDRESS', TRUE),
       (4, 'HOSTNAME', FALSE);

-- Values that manufacturers leave in the serial number or UUID fields of cheap boards; they identify nothing.
CREATE TABLE inventory_placeholder_values
(
    value VARCHAR(100) NOT NULL PRIMARY KEY
);
INSERT INTO inventory_placeholder_values (value)
VALUES ('Default string'), ('To be filled by O.E.M.'), ('To Be Filled By O.E.M.'), ('0123456789'),
       ('System Serial Number'), ('Not Specified'), ('None'), ('N/A'), ('INVALID'), ('Chassis Serial Number'),
       ('00000000-0000-0000-0000-000000000000'), ('03000200-0400-0500-0006-000700080009'),
       ('FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF'), ('123456789'), ('xxxxxxxxxxx'), ('OEM');

-- Software licences: how many seats were bought for a software, under which key and purchase order, and until when.
CREATE TABLE inventory_licences
(
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- Installed software whose name starts with this text counts against the licence ("Microsoft Office").
    software_name  VARCHAR(300) NOT NULL,
    seats          INT          NOT NULL CHECK (seats >= 0),
    licence_key    VARCHAR(500),
    purchase_order VARCHAR(100),
    valid_from     DATE,
    valid_until    DATE,
    owner_unit_id  BIGINT       NOT NULL REFERENCES organisation_units (id),
    notes          VARCHAR(2000),
    -- The last reminder sent, in days before expiry, so that each interval is reminded once.
    reminded_days  INT,
    created_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version        INT          NOT NULL DEFAULT 0
);
CREATE INDEX inventory_licences_until ON inventory_licences (valid_until);

-- Days before a licence expires on which technicians are reminded; administrators change them.
CREATE TABLE inventory_licence_reminders
(
    days_before INT NOT NULL PRIMARY KEY CHECK (days_before > 0)
);
INSERT INTO inventory_licence_reminders (days_before) VALUES (60), (30), (7);
