package org.govict.helpdesk;

import java.util.List;

/** A group of IT technicians tickets are routed to (nhóm xử lý), within a unit. */
public record AssignmentGroup(long id, String name, long unitId, boolean active, List<Long> memberIds) {
}
