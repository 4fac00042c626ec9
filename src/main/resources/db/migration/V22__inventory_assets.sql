-- The IT service desk's inventory (kiểm kê tài sản CNTT): every network device, server, virtual machine,
-- workstation, laptop, printer, peripheral, piece of software, licence and information system the ICT unit
-- administers, with its owner unit, place, responsible person, status, life-cycle dates and the fields of its kind,
-- and the relations between them. The helpdesk links tickets to assets; information security links systems,
-- inspections, incidents and vulnerabilities to them.

INSERT INTO roles (code, module, name_vi, name_en, description_vi, description_en, administrative)
VALUES ('IT_TECHNICIAN', 'inventory', 'Kỹ thuật viên CNTT', 'IT technician',
        'Quản lý tài sản CNTT, tiếp nhận và xử lý yêu cầu hỗ trợ kỹ thuật trong phạm vi đơn vị.',
        'Keeps the IT inventory and handles support tickets within their unit''s subtree.',
        FALSE),
       ('SECURITY_OFFICER', 'inventory', 'Cán bộ an toàn thông tin', 'Information security officer',
        'Quản lý hồ sơ đề xuất cấp độ an toàn hệ thống thông tin, kiểm tra, sự cố và điểm yếu.',
        'Keeps the security levels of information systems, inspections, incidents and vulnerabilities.',
        FALSE);

CREATE TABLE inventory_assets
(
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- NETWORK_DEVICE, SERVER, VIRTUAL_MACHINE, WORKSTATION, LAPTOP, PRINTER, PERIPHERAL, SOFTWARE, LICENCE,
    -- INFORMATION_SYSTEM (AssetKind)
    kind              VARCHAR(30)  NOT NULL,
    name              VARCHAR(200) NOT NULL,
    -- The number on the asset's label (mã tài sản), unique when given.
    inventory_number  VARCHAR(50) UNIQUE,
    serial_number     VARCHAR(100),
    -- The machine's own identifiers, as inventory agents report them.
    hardware_uuid     VARCHAR(64),
    manufacturer      VARCHAR(200),
    model             VARCHAR(200),
    owner_unit_id     BIGINT       NOT NULL REFERENCES organisation_units (id),
    location          VARCHAR(300),
    responsible_user_id BIGINT REFERENCES users (id),
    -- IN_STOCK, IN_USE, IN_REPAIR, RETIRED (AssetStatus)
    status            VARCHAR(20)  NOT NULL DEFAULT 'IN_USE',
    purchased_on      DATE,
    warranty_until    DATE,
    retired_on        DATE,
    -- The fields of the asset's kind (CPU and memory of a server, IP address of a switch, version of software ...).
    attributes        JSONB        NOT NULL DEFAULT '{}',
    notes             VARCHAR(4000),
    created_at        TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at        TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version           INT          NOT NULL DEFAULT 0
);
CREATE INDEX inventory_assets_owner ON inventory_assets (owner_unit_id);
CREATE INDEX inventory_assets_kind ON inventory_assets (kind, status);
CREATE INDEX inventory_assets_serial ON inventory_assets (serial_number) WHERE serial_number IS NOT NULL;
CREATE INDEX inventory_assets_uuid ON inventory_assets (hardware_uuid) WHERE hardware_uuid IS NOT NULL;
-- Search by name, number or serial ignoring case and diacritics ("may in tang 3" finds "Máy in tầng 3").
CREATE INDEX inventory_assets_search ON inventory_assets
    USING gin (search_fold(name || ' ' || coalesce(inventory_number, '') || ' ' || coalesce(serial_number, ''))
               gin_trgm_ops);

-- How assets stand to each other: software INSTALLED_ON a workstation, a virtual machine RUNS_ON a server, a disk
-- PART_OF a server, an information system DEPENDS_ON its servers.
CREATE TABLE inventory_asset_links
(
    from_asset_id BIGINT      NOT NULL REFERENCES inventory_assets (id) ON DELETE CASCADE,
    relation      VARCHAR(20) NOT NULL,
    to_asset_id   BIGINT      NOT NULL REFERENCES inventory_assets (id) ON DELETE CASCADE,
    PRIMARY KEY (from_asset_id, relation, to_asset_id),
    CHECK (from_asset_id <> to_asset_id)
);
CREATE INDEX inventory_asset_links_to ON inventory_asset_links (to_asset_id);
