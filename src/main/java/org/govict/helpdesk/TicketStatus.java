package org.govict.helpdesk;

/** Where a ticket stands. */
public enum TicketStatus {

	NEW, ASSIGNED, IN_PROGRESS, WAITING, RESOLVED, CLOSED;

	public boolean isOpen() {
		return this != RESOLVED && this != CLOSED;
	}
}
