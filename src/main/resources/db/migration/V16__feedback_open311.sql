-- Cases submitted through the Open311 GeoReport v2 interface: the token the client was given, by which it can
-- find the case's service_request_id, and the API key's owner, so that staff know which application sent it.
CREATE TABLE feedback_open311_requests
(
    case_id      BIGINT       NOT NULL PRIMARY KEY REFERENCES feedback_cases (id),
    token        VARCHAR(40)  NOT NULL UNIQUE,
    submitted_by VARCHAR(100) NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- The public list of requests filters on the date of receipt and leaves denunciations and spam out.
CREATE INDEX feedback_cases_open311_list ON feedback_cases (created_at DESC)
    WHERE kind <> 'DENUNCIATION' AND status <> 'SPAM';
