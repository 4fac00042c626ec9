-- Imports of personnel records from .xlsx and .csv files.
--
-- The uploaded file is kept in PostgreSQL as a large object (streamed in and out, never held whole in memory), so
-- that any node of the cluster can run or resume the import: the nodes are stateless and share only the database.
-- An import is claimed by a node (node, heartbeat_at); an import whose node stopped beating is picked up again and
-- resumes after checkpoint_row, the last row whose batch was committed.

CREATE TABLE personnel_imports
(
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    file_name       VARCHAR(255) NOT NULL,
    format          VARCHAR(10)  NOT NULL CHECK (format IN ('CSV', 'XLSX')),
    mode            VARCHAR(20)  NOT NULL CHECK (mode IN ('ALL_OR_NOTHING', 'VALID_ROWS')),
    effective_on    DATE         NOT NULL DEFAULT CURRENT_DATE,
    status          VARCHAR(20)  NOT NULL DEFAULT 'QUEUED'
        CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED', 'CANCELLED')),
    size_bytes      BIGINT       NOT NULL,
    -- The file as a large object; unlinked when the import ends.
    content         OID,
    bytes_read      BIGINT       NOT NULL DEFAULT 0,
    rows_read       BIGINT       NOT NULL DEFAULT 0,
    rows_loaded     BIGINT       NOT NULL DEFAULT 0,
    rows_refused    BIGINT       NOT NULL DEFAULT 0,
    rows_unchanged  BIGINT       NOT NULL DEFAULT 0,
    -- The last data row (1 = the header row) whose batch was committed; rows up to it are never loaded again.
    checkpoint_row  BIGINT       NOT NULL DEFAULT 1,
    -- Why the import failed as a whole (a message key), if it did.
    failure         VARCHAR(200),
    failure_args    JSONB,
    requested_by    VARCHAR(100) NOT NULL,
    -- The requester's rights, as they were on upload: the import runs in the background without them signed in.
    -- scope_prefixes NULL means every unit.
    scope_prefixes  TEXT[],
    sensitive       BOOLEAN      NOT NULL DEFAULT FALSE,
    locale          VARCHAR(20)  NOT NULL DEFAULT 'vi',
    node            VARCHAR(200),
    heartbeat_at    TIMESTAMPTZ,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    started_at      TIMESTAMPTZ,
    finished_at     TIMESTAMPTZ
);

CREATE INDEX personnel_imports_requester ON personnel_imports (requested_by, id DESC);
CREATE INDEX personnel_imports_open ON personnel_imports (status) WHERE status IN ('QUEUED', 'RUNNING');

-- The refusals of an import: one row per refused value (or per refused row, column NULL), in the words of a
-- message key and its arguments, so that the report reads in the language of whoever downloads it.
CREATE TABLE personnel_import_errors
(
    import_id   BIGINT       NOT NULL REFERENCES personnel_imports (id) ON DELETE CASCADE,
    row_number  BIGINT       NOT NULL,
    column_name VARCHAR(200),
    message_key VARCHAR(200) NOT NULL,
    arguments   JSONB        NOT NULL DEFAULT '[]',
    value       VARCHAR(500)
);

CREATE INDEX personnel_import_errors_import ON personnel_import_errors (import_id, row_number);
