-- Every outgoing e-mail is written here first. With SMTP configured it is then sent and marked; in the demo
-- profile it stays here for administrators to read.

CREATE TABLE outgoing_mail
(
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    recipient  VARCHAR(254) NOT NULL,
    subject    VARCHAR(300) NOT NULL,
    body       TEXT         NOT NULL,
    created_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    sent_at    TIMESTAMPTZ,
    attempts   INT          NOT NULL DEFAULT 0,
    last_error VARCHAR(1000)
);
CREATE INDEX outgoing_mail_unsent ON outgoing_mail (created_at) WHERE sent_at IS NULL;
