-- Overdue cases are escalated to the supervising unit (the parent of the unit that handles them), once: the day
-- and the unit are kept on the case so that the job that escalates them never does it twice, and the lists can
-- show and filter the escalated cases.
ALTER TABLE feedback_cases
    ADD COLUMN escalated_at         TIMESTAMPTZ,
    ADD COLUMN escalated_to_unit_id BIGINT REFERENCES organisation_units (id);

CREATE INDEX feedback_cases_escalated ON feedback_cases (escalated_at) WHERE escalated_at IS NOT NULL;

-- The reports count cases received in a period, by month.
CREATE INDEX feedback_cases_received ON feedback_cases (received_on);
