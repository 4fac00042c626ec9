package org.govict.helpdesk;

/** A file given to attach to a ticket, by its sender's name for it; what it is gets judged from its content. */
public record TicketFile(String fileName, byte[] content) {

	public boolean isEmpty() {
		return content == null || content.length == 0;
	}
}
