package org.govict.helpdesk;

/** What a ticket asks for: an incident (sự cố), a request (yêu cầu) or a software install (cài đặt phần mềm). */
public enum TicketType {

	INCIDENT, REQUEST, SOFTWARE_INSTALL;

	/** Software installs wait for the requester's unit leader before technicians work on them. */
	public boolean needsApproval() {
		return this == SOFTWARE_INSTALL;
	}
}
