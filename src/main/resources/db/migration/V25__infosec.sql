-- Information security (an toàn thông tin): the register of information systems with the facts that decide their
-- security level under Decree 85/2016/NĐ-CP, the dossier of each level (proposal, appraisal, approval), the measures
-- Circular 12/2022/TT-BTTTT requires at each level and how far each system meets them, incidents handled through
-- the NIST SP 800-61 life-cycle, and vulnerabilities of assets.

CREATE TABLE infosec_systems
(
    id                   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- The inventory asset of kind INFORMATION_SYSTEM this register entry is about.
    asset_id             BIGINT       NOT NULL UNIQUE REFERENCES inventory_assets (id),
    name                 VARCHAR(200) NOT NULL,
    owner_unit_id        BIGINT       NOT NULL REFERENCES organisation_units (id),
    -- The facts of Decree 85 articles 7-11 (SystemFacts).
    kind                 VARCHAR(30)  NOT NULL,
    personal_data        BOOLEAN      NOT NULL DEFAULT FALSE,
    online_service_level SMALLINT     NOT NULL DEFAULT 0,
    regular_users        INT          NOT NULL DEFAULT 0,
    reach                VARCHAR(30)  NOT NULL DEFAULT 'ONE_ORGANISATION',
    works_grade          VARCHAR(20),
    dependents           VARCHAR(20)  NOT NULL DEFAULT 'NONE',
    -- REGISTERED, PROPOSED, APPRAISED, APPROVED (DossierStatus)
    status               VARCHAR(20)  NOT NULL DEFAULT 'REGISTERED',
    suggested_level      SMALLINT     NOT NULL,
    proposed_level       SMALLINT,
    dossier_date         DATE,
    appraising_unit      VARCHAR(300),
    appraisal_due        DATE,
    appraised_on         DATE,
    appraisal_opinion    VARCHAR(4000),
    approved_level       SMALLINT,
    decision_number      VARCHAR(50),
    decision_date        DATE,
    approving_authority  VARCHAR(300),
    -- Set when a fact changes after the level was approved: the level has to be proposed again.
    to_reclassify        BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at           TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at           TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version              INT          NOT NULL DEFAULT 0
);
CREATE INDEX infosec_systems_owner ON infosec_systems (owner_unit_id);

-- The catalogue of measures (Circular 12/2022/TT-BTTTT): what each level must have, from its minimum level up.
CREATE TABLE infosec_measures
(
    code          VARCHAR(30) PRIMARY KEY,
    -- MANAGEMENT or TECHNICAL, and within them the circular's groups
    measure_group VARCHAR(40)   NOT NULL,
    text_vi       VARCHAR(1000) NOT NULL,
    text_en       VARCHAR(1000),
    min_level     SMALLINT      NOT NULL CHECK (min_level BETWEEN 1 AND 5),
    active        BOOLEAN       NOT NULL DEFAULT TRUE
);

CREATE TABLE infosec_system_measures
(
    system_id    BIGINT      NOT NULL REFERENCES infosec_systems (id) ON DELETE CASCADE,
    measure_code VARCHAR(30) NOT NULL REFERENCES infosec_measures (code),
    -- NOT_STARTED, IN_PROGRESS, MET, NOT_APPLICABLE (MeasureStatus)
    status       VARCHAR(20) NOT NULL DEFAULT 'NOT_STARTED',
    reason       VARCHAR(2000),
    updated_by   VARCHAR(100),
    updated_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (system_id, measure_code)
);

CREATE TABLE infosec_evidence
(
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    system_id    BIGINT       NOT NULL REFERENCES infosec_systems (id) ON DELETE CASCADE,
    measure_code VARCHAR(30)  NOT NULL REFERENCES infosec_measures (code),
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    content      BYTEA        NOT NULL,
    uploaded_by  VARCHAR(100) NOT NULL,
    uploaded_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX infosec_evidence_system ON infosec_evidence (system_id, measure_code);

-- Incidents (sự cố an toàn thông tin mạng), handled through the NIST SP 800-61 life-cycle.
CREATE TABLE infosec_incidents
(
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    system_id    BIGINT REFERENCES infosec_systems (id),
    asset_id     BIGINT REFERENCES inventory_assets (id),
    owner_unit_id BIGINT       NOT NULL REFERENCES organisation_units (id),
    title        VARCHAR(300)  NOT NULL,
    description  VARCHAR(8000),
    -- LOW, MEDIUM, HIGH, CRITICAL
    severity     VARCHAR(20)   NOT NULL,
    -- DETECTED, ANALYSED, CONTAINED, ERADICATED, RECOVERED, CLOSED (IncidentStage)
    stage        VARCHAR(20)   NOT NULL DEFAULT 'DETECTED',
    detected_at  TIMESTAMPTZ   NOT NULL,
    -- When the report to the national incident-response authority (VNCERT/CC) is due, and when it was sent.
    report_due   TIMESTAMPTZ   NOT NULL,
    reported_at  TIMESTAMPTZ,
    -- When the security officers and leaders were written to that the report falls due.
    report_warned_at TIMESTAMPTZ,
    lessons      VARCHAR(8000),
    created_at   TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at   TIMESTAMPTZ   NOT NULL DEFAULT now(),
    version      INT           NOT NULL DEFAULT 0
);
CREATE INDEX infosec_incidents_open ON infosec_incidents (stage, report_due);

CREATE TABLE infosec_incident_steps
(
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    incident_id BIGINT        NOT NULL REFERENCES infosec_incidents (id) ON DELETE CASCADE,
    stage       VARCHAR(20)   NOT NULL,
    note        VARCHAR(4000),
    actor       VARCHAR(100)  NOT NULL,
    at          TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE INDEX infosec_incident_steps_incident ON infosec_incident_steps (incident_id, at);

-- Vulnerabilities (điểm yếu, lỗ hổng) found in assets and software versions.
CREATE TABLE infosec_vulnerabilities
(
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    asset_id         BIGINT       NOT NULL REFERENCES inventory_assets (id),
    owner_unit_id    BIGINT       NOT NULL REFERENCES organisation_units (id),
    software_version VARCHAR(200),
    cve_id           VARCHAR(30),
    title            VARCHAR(300) NOT NULL,
    cvss             NUMERIC(3, 1) CHECK (cvss BETWEEN 0 AND 10),
    severity         VARCHAR(20)  NOT NULL,
    -- OPEN, FIXED, ACCEPTED
    status           VARCHAR(20)  NOT NULL DEFAULT 'OPEN',
    found_on         DATE         NOT NULL,
    due_on           DATE         NOT NULL,
    fixed_on         DATE,
    notes            VARCHAR(4000),
    created_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version          INT          NOT NULL DEFAULT 0
);
CREATE INDEX infosec_vulnerabilities_open ON infosec_vulnerabilities (status, due_on);

-- Inspections (kiểm tra, đánh giá an toàn thông tin), periodic or ad hoc, over one or more systems; their findings;
-- and the remediation tasks each finding calls for, tracked to their closure.
CREATE TABLE infosec_inspections
(
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- PERIODIC, AD_HOC
    kind          VARCHAR(20)  NOT NULL,
    title         VARCHAR(300) NOT NULL,
    owner_unit_id BIGINT       NOT NULL REFERENCES organisation_units (id),
    planned_on    DATE         NOT NULL,
    done_on       DATE,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE infosec_inspection_systems
(
    inspection_id BIGINT NOT NULL REFERENCES infosec_inspections (id) ON DELETE CASCADE,
    system_id     BIGINT NOT NULL REFERENCES infosec_systems (id),
    PRIMARY KEY (inspection_id, system_id)
);

CREATE TABLE infosec_findings
(
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    inspection_id BIGINT        NOT NULL REFERENCES infosec_inspections (id) ON DELETE CASCADE,
    system_id     BIGINT REFERENCES infosec_systems (id),
    description   VARCHAR(4000) NOT NULL,
    severity      VARCHAR(20)   NOT NULL,
    created_at    TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE INDEX infosec_findings_inspection ON infosec_findings (inspection_id);

CREATE TABLE infosec_remediations
(
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    finding_id BIGINT        NOT NULL REFERENCES infosec_findings (id) ON DELETE CASCADE,
    task       VARCHAR(2000) NOT NULL,
    -- The person or unit that carries the task out.
    owner      VARCHAR(200)  NOT NULL,
    due_on     DATE          NOT NULL,
    closed_on  DATE,
    outcome    VARCHAR(2000)
);
CREATE INDEX infosec_remediations_open ON infosec_remediations (due_on) WHERE closed_on IS NULL;

-- A starting catalogue after Circular 12/2022/TT-BTTTT; administrators extend and correct it.
INSERT INTO infosec_measures (code, measure_group, text_vi, text_en, min_level)
VALUES ('QL-01', 'POLICY', 'Ban hành quy chế bảo đảm an toàn thông tin cho hệ thống',
        'A security policy for the system is issued', 1),
       ('QL-02', 'ORGANISATION', 'Phân công cán bộ phụ trách an toàn thông tin',
        'A person is responsible for information security', 1),
       ('QL-03', 'PERSONNEL', 'Phổ biến, nâng cao nhận thức an toàn thông tin cho người sử dụng',
        'Users are made aware of information security', 2),
       ('QL-04', 'OPERATIONS', 'Xây dựng phương án ứng cứu sự cố và kế hoạch khôi phục',
        'An incident response and recovery plan exists', 2),
       ('QL-05', 'OPERATIONS', 'Kiểm tra, đánh giá an toàn thông tin định kỳ hằng năm',
        'Information security is inspected every year', 3),
       ('QL-06', 'OPERATIONS', 'Đánh giá an toàn thông tin bởi tổ chức độc lập trước khi đưa vào vận hành',
        'An independent body assesses security before operation', 4),
       ('KT-01', 'NETWORK', 'Tường lửa phân tách vùng mạng và kiểm soát truy cập từ bên ngoài',
        'A firewall separates network zones and controls access from outside', 1),
       ('KT-02', 'HOST', 'Cài đặt phần mềm phòng chống mã độc và cập nhật bản vá',
        'Anti-malware is installed and patches are applied', 1),
       ('KT-03', 'APPLICATION', 'Xác thực người dùng và mã hóa kênh truyền (TLS)',
        'Users are authenticated and connections encrypted (TLS)', 2),
       ('KT-04', 'DATA', 'Sao lưu dữ liệu định kỳ và thử khôi phục',
        'Data is backed up regularly and restores are tested', 2),
       ('KT-05', 'NETWORK', 'Giám sát an toàn thông tin và lưu nhật ký tập trung',
        'Security monitoring with central logs', 3),
       ('KT-06', 'NETWORK', 'Hệ thống phát hiện và ngăn chặn xâm nhập (IDS/IPS)',
        'Intrusion detection and prevention (IDS/IPS)', 3),
       ('KT-07', 'HOST', 'Xác thực đa yếu tố cho quản trị viên', 'Multi-factor authentication for administrators',
        4),
       ('KT-08', 'DATA', 'Hệ thống dự phòng tại địa điểm khác (DR site)', 'A standby system at another site (DR site)',
        5);
