-- The feedback desk: feedback and recommendations, complaints and denunciations (phản ánh, kiến nghị, khiếu nại,
-- tố cáo), their topics, the legal deadline rules, attachments and the history of every step.

INSERT INTO roles (code, module, name_vi, name_en, description_vi, description_en, administrative)
VALUES ('FEEDBACK_OFFICER', 'feedback', 'Cán bộ tiếp nhận, xử lý phản ánh', 'Feedback officer',
        'Tiếp nhận, phân loại, chuyển xử lý và trả lời phản ánh, kiến nghị, khiếu nại, tố cáo trong phạm vi đơn vị.',
        'Receives, sorts, assigns and answers feedback, complaints and denunciations within their unit''s subtree.',
        FALSE);

-- An editable list: administrators add topics and take old ones out of use.
CREATE TABLE feedback_topics
(
    code       VARCHAR(40)  NOT NULL PRIMARY KEY,
    name_vi    VARCHAR(200) NOT NULL,
    name_en    VARCHAR(200),
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    sort_order INT          NOT NULL DEFAULT 0
);

INSERT INTO feedback_topics (code, name_vi, name_en, sort_order)
VALUES ('ONLINE_SERVICES', 'Dịch vụ công trực tuyến', 'Online public services', 10),
       ('TELECOM', 'Viễn thông, Internet', 'Telecommunications and Internet', 20),
       ('POSTAL', 'Bưu chính', 'Postal services', 30),
       ('INFOSEC', 'An toàn thông tin', 'Information security', 40),
       ('ICT_ENTERPRISES', 'Doanh nghiệp công nghệ thông tin', 'ICT enterprises', 50),
       ('ADMIN_PROCEDURES', 'Thủ tục hành chính', 'Administrative procedures', 60),
       ('OTHER', 'Khác', 'Other', 100);

-- The legal time limits, one row per kind of case and stage of its handling. "counting" says whether the days are
-- working days (counted on the working calendar of the reference module) or calendar days; "counted_from" whether
-- the clock starts when the case is received or when it is accepted (thụ lý). Administrators change a row when the
-- law changes; a case keeps the deadline it was given.
CREATE TABLE feedback_deadline_rules
(
    kind                VARCHAR(20)  NOT NULL,
    stage               VARCHAR(20)  NOT NULL,
    days                INT          NOT NULL CHECK (days > 0),
    counting            VARCHAR(20)  NOT NULL CHECK (counting IN ('WORKING_DAYS', 'CALENDAR_DAYS')),
    counted_from        VARCHAR(20)  NOT NULL CHECK (counted_from IN ('RECEIVED', 'ACCEPTED')),
    complex_days        INT CHECK (complex_days > 0),
    remote_days         INT CHECK (remote_days > 0),
    remote_complex_days INT CHECK (remote_complex_days > 0),
    extension_days      INT CHECK (extension_days > 0),
    max_extensions      INT          NOT NULL DEFAULT 0 CHECK (max_extensions >= 0),
    legal_basis         VARCHAR(300),
    updated_at          TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_by          VARCHAR(100) NOT NULL DEFAULT 'system',
    PRIMARY KEY (kind, stage)
);

INSERT INTO feedback_deadline_rules (kind, stage, days, counting, counted_from, complex_days, remote_days,
                                     remote_complex_days, extension_days, max_extensions, legal_basis)
VALUES ('FEEDBACK', 'FORWARD', 5, 'WORKING_DAYS', 'RECEIVED', NULL, NULL, NULL, NULL, 0,
        'Chuyển phản ánh, kiến nghị không thuộc thẩm quyền trong 05 ngày làm việc'),
       ('FEEDBACK', 'SETTLE', 30, 'CALENDAR_DAYS', 'ACCEPTED', NULL, NULL, NULL, NULL, 0,
        'Thời hạn trả lời phản ánh, kiến nghị theo quy chế của cơ quan'),
       ('COMPLAINT', 'ACCEPT', 10, 'CALENDAR_DAYS', 'RECEIVED', NULL, NULL, NULL, NULL, 0,
        'Luật Khiếu nại 2011, Điều 27: thụ lý trong 10 ngày'),
       ('COMPLAINT', 'SETTLE', 30, 'CALENDAR_DAYS', 'ACCEPTED', 45, 45, 60, NULL, 0,
        'Luật Khiếu nại 2011, Điều 28: 30 ngày, phức tạp 45 ngày; vùng sâu, vùng xa 45 và 60 ngày'),
       ('DENUNCIATION', 'NOTIFY', 5, 'WORKING_DAYS', 'ACCEPTED', NULL, NULL, NULL, NULL, 0,
        'Luật Tố cáo 2018, Điều 29: thông báo trong 05 ngày làm việc kể từ ngày thụ lý'),
       ('DENUNCIATION', 'SETTLE', 30, 'CALENDAR_DAYS', 'ACCEPTED', NULL, NULL, NULL, 30, 2,
        'Luật Tố cáo 2018, Điều 30: 30 ngày, gia hạn tối đa hai lần, mỗi lần 30 ngày');

CREATE TABLE feedback_cases
(
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tracking_code     VARCHAR(20)  NOT NULL UNIQUE,
    -- Only a SHA-256 hash of the sender's secret is kept: the secret itself is shown once, on the receipt.
    secret_hash       CHAR(64)     NOT NULL,
    kind              VARCHAR(20)  NOT NULL,
    topic_code        VARCHAR(40) REFERENCES feedback_topics (code),
    channel           VARCHAR(20)  NOT NULL,
    status            VARCHAR(30)  NOT NULL,
    sender_type       VARCHAR(20)  NOT NULL,
    sender_name       VARCHAR(200) NOT NULL,
    sender_email      VARCHAR(254),
    sender_phone      VARCHAR(30),
    sender_address    VARCHAR(300),
    sender_id_number  VARCHAR(20),
    language          VARCHAR(5)   NOT NULL DEFAULT 'vi',
    title             VARCHAR(200) NOT NULL,
    content           VARCHAR(4000) NOT NULL,
    -- Recognises the same submission sent again: a hash of the sender's name, contact and content, folded.
    content_hash      CHAR(64)     NOT NULL,
    publish_consent   BOOLEAN      NOT NULL DEFAULT FALSE,
    receiving_unit_id BIGINT       NOT NULL REFERENCES organisation_units (id),
    handling_unit_id  BIGINT REFERENCES organisation_units (id),
    complex           BOOLEAN      NOT NULL DEFAULT FALSE,
    remote_area       BOOLEAN      NOT NULL DEFAULT FALSE,
    received_on       DATE         NOT NULL,
    accepted_on       DATE,
    due_on            DATE,
    notify_due_on     DATE,
    notified_on       DATE,
    extensions        INT          NOT NULL DEFAULT 0,
    -- While the desk waits for the sender the clock stands still; the deadline moves on by the days waited.
    paused_since      DATE,
    answer            VARCHAR(8000),
    answer_approved_by VARCHAR(100),
    answered_at       TIMESTAMPTZ,
    transferred_to    VARCHAR(300),
    merged_into       BIGINT REFERENCES feedback_cases (id),
    reject_reason     VARCHAR(1000),
    -- What the public list of answers shows, when the sender agreed: a copy with personal data removed, made when
    -- the answer is sent, so that neither the list nor its search ever reads the sender's own words.
    published_title   VARCHAR(200),
    published_content VARCHAR(4000),
    published_answer  VARCHAR(8000),
    published_at      TIMESTAMPTZ,
    created_at        TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at        TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version           INT          NOT NULL DEFAULT 0
);
CREATE INDEX feedback_cases_status ON feedback_cases (status, due_on);
CREATE INDEX feedback_cases_receiving ON feedback_cases (receiving_unit_id);
CREATE INDEX feedback_cases_handling ON feedback_cases (handling_unit_id);
CREATE INDEX feedback_cases_content_hash ON feedback_cases (content_hash, created_at);
-- The public search ignores case and diacritics ("cap phep" finds "cấp phép"): a trigram index over the folded
-- published text serves LIKE '%...%' on the same expression.
CREATE INDEX feedback_cases_published_search ON feedback_cases
    USING gin (search_fold(published_title || ' ' || published_content || ' ' || published_answer) gin_trgm_ops)
    WHERE published_at IS NOT NULL;

-- Units that take part in the handling besides the handling unit (đơn vị phối hợp).
CREATE TABLE feedback_case_units
(
    case_id BIGINT NOT NULL REFERENCES feedback_cases (id) ON DELETE CASCADE,
    unit_id BIGINT NOT NULL REFERENCES organisation_units (id),
    PRIMARY KEY (case_id, unit_id)
);

-- Every step of a case, from its receipt to its closing. Steps the sender should know of are shown on the
-- public status page and mailed to them.
CREATE TABLE feedback_case_steps
(
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id           BIGINT       NOT NULL REFERENCES feedback_cases (id) ON DELETE CASCADE,
    step              VARCHAR(30)  NOT NULL,
    status_before     VARCHAR(30),
    status_after      VARCHAR(30)  NOT NULL,
    note              VARCHAR(4000),
    visible_to_sender BOOLEAN      NOT NULL DEFAULT FALSE,
    actor             VARCHAR(100) NOT NULL,
    at                TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX feedback_case_steps_case ON feedback_case_steps (case_id, id);

-- Attachments are kept in the database, so that a case and its files are committed together or not at all.
CREATE TABLE feedback_attachments
(
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id      BIGINT       NOT NULL REFERENCES feedback_cases (id) ON DELETE CASCADE,
    step_id      BIGINT REFERENCES feedback_case_steps (id),
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   INT          NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    content      BYTEA        NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX feedback_attachments_case ON feedback_attachments (case_id);
