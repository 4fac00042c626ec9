-- The service desk's attachments (tệp đính kèm) and its mailbox: the files requesters and technicians attach to a
-- ticket, the channel a ticket came by, the mails read from the desk's mailbox, and how the last reading went.

-- WEB, MAIL, API (Channel)
ALTER TABLE helpdesk_tickets ADD COLUMN channel VARCHAR(10) NOT NULL DEFAULT 'WEB';

-- A file attached to a ticket, on its opening or with a later step; its type is the one judged from its content.
-- A file attached to a technicians' private note is private too.
CREATE TABLE helpdesk_attachments
(
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ticket_id    BIGINT       NOT NULL REFERENCES helpdesk_tickets (id) ON DELETE CASCADE,
    step_id      BIGINT REFERENCES helpdesk_ticket_steps (id) ON DELETE SET NULL,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    content      BYTEA        NOT NULL,
    private      BOOLEAN      NOT NULL DEFAULT FALSE,
    uploaded_by  BIGINT REFERENCES users (id),
    uploaded_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX helpdesk_attachments_ticket ON helpdesk_attachments (ticket_id, id);

-- Every mail read from the desk's mailbox, by its Message-ID: a mail read twice (a poll that failed before marking
-- it seen, two nodes) is recognised and makes no second ticket. The outcome: OPENED (a ticket), FOLLOW_UP (a step on
-- the ticket it refers to), REFUSED (an unknown sender, answered).
CREATE TABLE helpdesk_mail_messages
(
    message_id  VARCHAR(998) PRIMARY KEY,
    sender      VARCHAR(254) NOT NULL,
    outcome     VARCHAR(20)  NOT NULL,
    ticket_id   BIGINT REFERENCES helpdesk_tickets (id) ON DELETE SET NULL,
    received_at TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- How the last reading of the mailbox went, for the desk's settings page: one row.
CREATE TABLE helpdesk_mailbox_status
(
    id            SMALLINT PRIMARY KEY CHECK (id = 1),
    last_poll_at  TIMESTAMPTZ,
    last_read     INT          NOT NULL DEFAULT 0,
    last_error    VARCHAR(2000),
    last_error_at TIMESTAMPTZ
);
INSERT INTO helpdesk_mailbox_status (id) VALUES (1);
