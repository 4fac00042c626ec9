-- Data exchange with ministries' and provinces' systems (Circular 13/2017/TT-BNV): scoped API tokens, webhook
-- subscriptions with their deliveries, and the stored answers of repeated batch requests.

-- What a personal API token may do besides acting as its owner. A scope is a plain string that a module names
-- ("personnel:read"); an API that requires a scope refuses a token without it, whatever its owner's roles. Tokens
-- made before scopes existed get none: they keep every API they could use before (those require no scope) and do
-- not silently gain the new exchange APIs; their owners make a new token with the scopes they need.
ALTER TABLE api_tokens ADD COLUMN scopes TEXT[] NOT NULL DEFAULT '{}';

-- Readers of the changes page by (tx, id): the writing transaction first, so that a reader below the oldest running
-- transaction never skips a change that commits later (see ExchangeRecords).
CREATE INDEX personnel_record_changes_tx ON personnel_record_changes (tx, id);

-- A system that wants the changes pushed to it. Each subscription keeps its own cursor into
-- personnel_record_changes, so that the sender delivers everything after it, imports included (they write
-- changes in bulk without events). The secret signs each delivery (HMAC-SHA256), so it is kept as is.
CREATE TABLE personnel_subscriptions
(
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name             VARCHAR(200)  NOT NULL,
    url              VARCHAR(1000) NOT NULL,
    secret           VARCHAR(100)  NOT NULL,
    unit_id          BIGINT        NOT NULL REFERENCES organisation_units (id),
    unit_path        VARCHAR(400)  NOT NULL,
    include_sensitive BOOLEAN      NOT NULL DEFAULT FALSE,
    active           BOOLEAN       NOT NULL DEFAULT TRUE,
    cursor_tx        XID8          NOT NULL DEFAULT '0',
    cursor_id        BIGINT        NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMPTZ   NOT NULL DEFAULT now(),
    failing_since    TIMESTAMPTZ,
    created_by       VARCHAR(100)  NOT NULL,
    created_at       TIMESTAMPTZ   NOT NULL DEFAULT now()
);

-- The outbox of the sender: one batch of changes for one subscription. A delivery not yet delivered is sent
-- again, unchanged (same id, same body), until the receiver answers 2xx; only then does the subscription's cursor
-- move past it and the next batch is made.
CREATE TABLE personnel_deliveries
(
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subscription_id BIGINT       NOT NULL REFERENCES personnel_subscriptions (id),
    from_cursor     VARCHAR(60)  NOT NULL,
    to_cursor       VARCHAR(60)  NOT NULL,
    to_tx           XID8         NOT NULL,
    to_id           BIGINT       NOT NULL,
    change_count    INT          NOT NULL,
    payload         TEXT         NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    last_status     INT,
    last_error      VARCHAR(1000),
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    delivered_at    TIMESTAMPTZ
);

CREATE INDEX personnel_deliveries_subscription ON personnel_deliveries (subscription_id, id DESC);
CREATE UNIQUE INDEX personnel_deliveries_pending ON personnel_deliveries (subscription_id) WHERE delivered_at IS NULL;

-- The answer to a batch request sent with an Idempotency-Key, returned as it was when the same caller repeats it.
CREATE TABLE personnel_idempotent_requests
(
    idempotency_key VARCHAR(200) NOT NULL,
    actor           VARCHAR(100) NOT NULL,
    request_sha256  CHAR(64)     NOT NULL,
    response        TEXT         NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (actor, idempotency_key)
);

-- The same scanned file is attached to a record once.
CREATE UNIQUE INDEX personnel_documents_once ON personnel_documents (record_id, sha256);
