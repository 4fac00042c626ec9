-- The audit trail: append-only and hash-chained. Each entry's hash covers the previous entry's hash and the
-- entry's own content, so that changing or removing any row breaks every link after it.

CREATE TABLE audit_entries
(
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at  TIMESTAMPTZ  NOT NULL,
    actor        VARCHAR(60)  NOT NULL,
    actor_ip     VARCHAR(64),
    module       VARCHAR(40)  NOT NULL,
    action       VARCHAR(40)  NOT NULL,
    record_type  VARCHAR(60)  NOT NULL,
    record_id    VARCHAR(100),
    unit_id      BIGINT,
    summary      VARCHAR(500),
    before_state TEXT,
    after_state  TEXT,
    prev_hash    CHAR(64)     NOT NULL,
    hash         CHAR(64)     NOT NULL
);
CREATE INDEX audit_entries_by_time ON audit_entries (occurred_at);
CREATE INDEX audit_entries_by_actor ON audit_entries (lower(actor), occurred_at);
CREATE INDEX audit_entries_by_record ON audit_entries (record_type, record_id);
CREATE INDEX audit_entries_by_module ON audit_entries (module, occurred_at);

-- Nothing in the platform may edit or remove an entry.
CREATE FUNCTION audit_entries_are_append_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'audit_entries is append-only: % is not allowed', TG_OP;
END
$$;

CREATE TRIGGER audit_entries_append_only
    BEFORE UPDATE OR DELETE ON audit_entries
    FOR EACH ROW EXECUTE FUNCTION audit_entries_are_append_only();
CREATE TRIGGER audit_entries_no_truncate
    BEFORE TRUNCATE ON audit_entries
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_are_append_only();
