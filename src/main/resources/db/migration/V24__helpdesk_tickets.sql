-- The IT service desk (hỗ trợ kỹ thuật): tickets that staff open about incidents, requests and software to install,
-- their categories, the assignment groups of IT technicians, the service levels per priority, each ticket's
-- history, the assets and knowledge-base articles it is linked to, and the requester's rating after closure.

CREATE TABLE helpdesk_categories
(
    id      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name_vi VARCHAR(200) NOT NULL UNIQUE,
    name_en VARCHAR(200) NOT NULL,
    active  BOOLEAN      NOT NULL DEFAULT TRUE
);
INSERT INTO helpdesk_categories (name_vi, name_en)
VALUES ('Máy tính, thiết bị ngoại vi', 'Computers and peripherals'),
       ('Máy in, máy quét', 'Printers and scanners'),
       ('Mạng, Internet', 'Network and Internet'),
       ('Thư điện tử', 'E-mail'),
       ('Phần mềm, ứng dụng', 'Software and applications'),
       ('Tài khoản, mật khẩu', 'Accounts and passwords');

-- A group of technicians that tickets are routed to (nhóm xử lý).
CREATE TABLE helpdesk_groups
(
    id      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name    VARCHAR(200) NOT NULL UNIQUE,
    unit_id BIGINT       NOT NULL REFERENCES organisation_units (id),
    active  BOOLEAN      NOT NULL DEFAULT TRUE
);
CREATE TABLE helpdesk_group_members
(
    group_id BIGINT NOT NULL REFERENCES helpdesk_groups (id) ON DELETE CASCADE,
    user_id  BIGINT NOT NULL REFERENCES users (id),
    PRIMARY KEY (group_id, user_id)
);
CREATE INDEX helpdesk_group_members_user ON helpdesk_group_members (user_id);

-- Response and resolution targets per priority (1 very low .. 5 very high), in working minutes.
CREATE TABLE helpdesk_service_levels
(
    priority           SMALLINT PRIMARY KEY CHECK (priority BETWEEN 1 AND 5),
    response_minutes   INT NOT NULL CHECK (response_minutes > 0),
    resolution_minutes INT NOT NULL CHECK (resolution_minutes > 0)
);
INSERT INTO helpdesk_service_levels (priority, response_minutes, resolution_minutes)
VALUES (5, 30, 240),
       (4, 60, 480),
       (3, 120, 960),
       (2, 240, 1440),
       (1, 480, 2400);

CREATE TABLE helpdesk_tickets
(
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- INCIDENT, REQUEST, SOFTWARE_INSTALL (TicketType)
    type               VARCHAR(20)   NOT NULL,
    title              VARCHAR(300)  NOT NULL,
    description        VARCHAR(8000) NOT NULL,
    category_id        BIGINT REFERENCES helpdesk_categories (id),
    impact             SMALLINT      NOT NULL CHECK (impact BETWEEN 1 AND 5),
    urgency            SMALLINT      NOT NULL CHECK (urgency BETWEEN 1 AND 5),
    priority           SMALLINT      NOT NULL CHECK (priority BETWEEN 1 AND 5),
    -- NEW, ASSIGNED, IN_PROGRESS, WAITING, RESOLVED, CLOSED (TicketStatus)
    status             VARCHAR(20)   NOT NULL DEFAULT 'NEW',
    -- NOT_NEEDED, PENDING, APPROVED, REJECTED: software installs wait for the requester's unit leader.
    approval           VARCHAR(20)   NOT NULL DEFAULT 'NOT_NEEDED',
    approved_by        BIGINT REFERENCES users (id),
    requester_id       BIGINT        NOT NULL REFERENCES users (id),
    requester_unit_id  BIGINT        NOT NULL REFERENCES organisation_units (id),
    group_id           BIGINT REFERENCES helpdesk_groups (id),
    technician_id      BIGINT REFERENCES users (id),
    solution           VARCHAR(8000),
    opened_at          TIMESTAMPTZ   NOT NULL DEFAULT now(),
    responded_at       TIMESTAMPTZ,
    resolved_at        TIMESTAMPTZ,
    closed_at          TIMESTAMPTZ,
    response_due_at    TIMESTAMPTZ   NOT NULL,
    resolution_due_at  TIMESTAMPTZ   NOT NULL,
    -- While WAITING the clock stands: since when, and until when (null: until the requester answers).
    paused_since       TIMESTAMPTZ,
    waiting_until      TIMESTAMPTZ,
    -- The working minutes the ticket stood waiting, all waits together: the time to resolve leaves them out.
    paused_minutes     INT           NOT NULL DEFAULT 0,
    escalated_at       TIMESTAMPTZ,
    -- The requester's satisfaction survey: the hash of the one-click link's token, the rating 0..5, a comment.
    survey_token_hash  CHAR(64),
    rating             SMALLINT CHECK (rating BETWEEN 0 AND 5),
    rating_comment     VARCHAR(2000),
    rated_at           TIMESTAMPTZ,
    updated_at         TIMESTAMPTZ   NOT NULL DEFAULT now(),
    version            INT           NOT NULL DEFAULT 0
);
-- The queue and the lists are read at a million tickets (the issue's benchmark):
-- * open tickets are few beside closed ones, so the technicians' queue reads partial indexes on the open ones only:
--   by group and by technician, each ordered by the resolution due time the queue sorts by, and the late filter is a
--   range on that same column;
-- * staff read their own tickets by requester, newest first; leaders and reports read by unit and period;
-- * the text search folds case and diacritics and is served by a trigram index on the same expression as the query.
CREATE INDEX helpdesk_tickets_open_by_group ON helpdesk_tickets (group_id, resolution_due_at)
    WHERE status NOT IN ('RESOLVED', 'CLOSED');
CREATE INDEX helpdesk_tickets_open_by_technician ON helpdesk_tickets (technician_id, resolution_due_at)
    WHERE status NOT IN ('RESOLVED', 'CLOSED');
CREATE INDEX helpdesk_tickets_open_due ON helpdesk_tickets (resolution_due_at)
    WHERE status NOT IN ('RESOLVED', 'CLOSED');
CREATE INDEX helpdesk_tickets_status ON helpdesk_tickets (status, opened_at DESC);
CREATE INDEX helpdesk_tickets_requester ON helpdesk_tickets (requester_id, opened_at DESC);
CREATE INDEX helpdesk_tickets_unit ON helpdesk_tickets (requester_unit_id, opened_at DESC);
CREATE INDEX helpdesk_tickets_opened ON helpdesk_tickets (opened_at DESC, id DESC);
CREATE INDEX helpdesk_tickets_waiting ON helpdesk_tickets (waiting_until) WHERE status = 'WAITING';
CREATE INDEX helpdesk_tickets_pending_response ON helpdesk_tickets (response_due_at)
    WHERE responded_at IS NULL AND escalated_at IS NULL;
CREATE INDEX helpdesk_tickets_search ON helpdesk_tickets
    USING gin (search_fold(title || ' ' || description) gin_trgm_ops);

-- Every step of a ticket: its opening, approval, assignment, status changes, follow-ups and solution.
CREATE TABLE helpdesk_ticket_steps
(
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ticket_id   BIGINT        NOT NULL REFERENCES helpdesk_tickets (id) ON DELETE CASCADE,
    at          TIMESTAMPTZ   NOT NULL DEFAULT now(),
    actor_id    BIGINT REFERENCES users (id),
    actor_name  VARCHAR(200)  NOT NULL,
    action      VARCHAR(30)   NOT NULL,
    status      VARCHAR(20)   NOT NULL,
    note        VARCHAR(8000),
    -- A follow-up the requester does not see (technicians' notes).
    private     BOOLEAN       NOT NULL DEFAULT FALSE
);
CREATE INDEX helpdesk_ticket_steps_ticket ON helpdesk_ticket_steps (ticket_id, id);

CREATE TABLE helpdesk_ticket_assets
(
    ticket_id BIGINT NOT NULL REFERENCES helpdesk_tickets (id) ON DELETE CASCADE,
    asset_id  BIGINT NOT NULL REFERENCES inventory_assets (id),
    PRIMARY KEY (ticket_id, asset_id)
);
CREATE INDEX helpdesk_ticket_assets_asset ON helpdesk_ticket_assets (asset_id);

-- The knowledge base (cơ sở tri thức): solutions written down for staff and technicians.
CREATE TABLE helpdesk_articles
(
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title            VARCHAR(300)   NOT NULL,
    body             VARCHAR(20000) NOT NULL,
    category_id      BIGINT REFERENCES helpdesk_categories (id),
    published        BOOLEAN        NOT NULL DEFAULT FALSE,
    source_ticket_id BIGINT REFERENCES helpdesk_tickets (id) ON DELETE SET NULL,
    author_id        BIGINT REFERENCES users (id),
    created_at       TIMESTAMPTZ    NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ    NOT NULL DEFAULT now(),
    version          INT            NOT NULL DEFAULT 0
);
CREATE INDEX helpdesk_articles_search ON helpdesk_articles
    USING gin (search_fold(title || ' ' || body) gin_trgm_ops);

CREATE TABLE helpdesk_ticket_articles
(
    ticket_id  BIGINT NOT NULL REFERENCES helpdesk_tickets (id) ON DELETE CASCADE,
    article_id BIGINT NOT NULL REFERENCES helpdesk_articles (id) ON DELETE CASCADE,
    PRIMARY KEY (ticket_id, article_id)
);
