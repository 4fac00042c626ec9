-- Mails the desk could not take: each failed reading is counted by the mail's Message-ID, and a mail that failed
-- at every one of govict.helpdesk.mailbox.max-attempts readings is set aside (flagged and marked seen in the
-- mailbox, listed on the desk's settings page) so that it no longer takes a place in every poll.
CREATE TABLE helpdesk_mail_failures
(
    message_key     VARCHAR(1000) PRIMARY KEY,
    sender          VARCHAR(1000),
    subject         VARCHAR(1000),
    attempts        INT                      NOT NULL,
    last_error      VARCHAR(2000)            NOT NULL,
    first_failed_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    last_failed_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    set_aside_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX helpdesk_mail_failures_set_aside ON helpdesk_mail_failures (set_aside_at DESC) WHERE set_aside_at IS NOT NULL;
