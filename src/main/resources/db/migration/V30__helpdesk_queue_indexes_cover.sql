-- The technicians' lists by technician (mine, unassigned) and by group are counted from their indexes alone, as the
-- open tickets' list is (V28): the partial indexes on open tickets carry the columns the scope and filters test.
DROP INDEX helpdesk_tickets_open_by_group;
CREATE INDEX helpdesk_tickets_open_by_group ON helpdesk_tickets (group_id, resolution_due_at)
    INCLUDE (id, status, requester_unit_id, requester_id, technician_id, category_id, paused_since)
    WHERE status NOT IN ('RESOLVED', 'CLOSED');

DROP INDEX helpdesk_tickets_open_by_technician;
CREATE INDEX helpdesk_tickets_open_by_technician ON helpdesk_tickets (technician_id, resolution_due_at)
    INCLUDE (id, status, requester_unit_id, group_id, requester_id, category_id, paused_since)
    WHERE status NOT IN ('RESOLVED', 'CLOSED');
