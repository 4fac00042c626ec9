-- The hash chain is linked after commit, by one background chainer, instead of inside every audited transaction.
-- Linking at write time needed a lock held from the entry's insert until its transaction's commit (disk flush
-- included), so every audited write of the platform waited for the one before it. Now a transaction only inserts
-- its entry, without a link; the chainer links committed entries in (tx, id) order and numbers them (chain_seq).
--
-- Why (tx, id) and not id: ids come from a sequence at insert time, so a transaction may take id 9, another id 10
-- and commit first. The chainer links only entries of transactions older than the oldest one still running
-- (pg_snapshot_xmin(pg_current_snapshot())): all of those have finished, no later entry can sort before them,
-- so the order of the linked chain never changes afterwards (the personnel changes feed reads the same way).

ALTER TABLE audit_entries
    ADD COLUMN tx        XID8   NOT NULL DEFAULT pg_current_xact_id(),
    ADD COLUMN chain_seq BIGINT;
ALTER TABLE audit_entries
    ALTER COLUMN prev_hash DROP NOT NULL,
    ALTER COLUMN hash DROP NOT NULL;

-- Entries written before this migration were linked in id order, under the old lock.
ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_append_only;
UPDATE audit_entries SET chain_seq = id;
ALTER TABLE audit_entries ENABLE TRIGGER audit_entries_append_only;

ALTER TABLE audit_entries
    ADD CONSTRAINT audit_entries_linked_whole CHECK ((chain_seq IS NULL) = (hash IS NULL)
        AND (chain_seq IS NULL) = (prev_hash IS NULL));
CREATE UNIQUE INDEX audit_entries_by_chain ON audit_entries (chain_seq);
-- The chainer's work list: small, since entries leave it within a second or so.
CREATE INDEX audit_entries_unlinked ON audit_entries (tx, id) WHERE chain_seq IS NULL;

-- Still append-only: no delete, no truncate, no change to an entry's content. The one update allowed is the
-- chainer's: giving an entry that has no link yet its link and place, once.
CREATE OR REPLACE FUNCTION audit_entries_are_append_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'UPDATE'
        AND OLD.chain_seq IS NULL AND NEW.chain_seq IS NOT NULL
        AND NEW.hash IS NOT NULL AND NEW.prev_hash IS NOT NULL
        AND (NEW.id, NEW.occurred_at, NEW.actor, NEW.actor_ip, NEW.module, NEW.action, NEW.record_type,
             NEW.record_id, NEW.unit_id, NEW.summary, NEW.before_state, NEW.after_state, NEW.tx)
            IS NOT DISTINCT FROM
            (OLD.id, OLD.occurred_at, OLD.actor, OLD.actor_ip, OLD.module, OLD.action, OLD.record_type,
             OLD.record_id, OLD.unit_id, OLD.summary, OLD.before_state, OLD.after_state, OLD.tx) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit_entries is append-only: % is not allowed', TG_OP;
END
$$;

-- An entry is written unlinked, and with its own transaction's id: anything else would skip the chainer's order.
CREATE FUNCTION audit_entries_arrive_unlinked() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF NEW.chain_seq IS NOT NULL OR NEW.hash IS NOT NULL OR NEW.prev_hash IS NOT NULL THEN
        RAISE EXCEPTION 'audit_entries: a new entry is linked by the chainer, not by its writer';
    END IF;
    NEW.tx := pg_current_xact_id();
    RETURN NEW;
END
$$;
CREATE TRIGGER audit_entries_insert_unlinked
    BEFORE INSERT ON audit_entries
    FOR EACH ROW EXECUTE FUNCTION audit_entries_arrive_unlinked();
