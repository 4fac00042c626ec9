-- The ticket queue and its search at a million tickets (the service-desk benchmark):
-- * the text search matches a stored, folded copy of title and description (case and diacritics removed once, when
--   the ticket is written), so that checking a candidate row is a plain LIKE instead of folding its text again;
-- * the counts of the technicians' lists read only the indexes: the open tickets' index and the newest-first index
--   carry the columns that the scope and the filters test (an index-only scan on an all-visible table).
ALTER TABLE helpdesk_tickets
    ADD COLUMN search_text TEXT GENERATED ALWAYS AS (search_fold(title || ' ' || description)) STORED;

DROP INDEX helpdesk_tickets_search;
CREATE INDEX helpdesk_tickets_search ON helpdesk_tickets USING gin (search_text gin_trgm_ops);

DROP INDEX helpdesk_tickets_open_due;
CREATE INDEX helpdesk_tickets_open_due ON helpdesk_tickets (resolution_due_at, id)
    INCLUDE (status, requester_unit_id, group_id, requester_id, technician_id, category_id, paused_since)
    WHERE status NOT IN ('RESOLVED', 'CLOSED');

DROP INDEX helpdesk_tickets_opened;
CREATE INDEX helpdesk_tickets_opened ON helpdesk_tickets (opened_at DESC, id DESC)
    INCLUDE (status, requester_unit_id, group_id, requester_id, technician_id, category_id);
