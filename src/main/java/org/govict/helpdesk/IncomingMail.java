package org.govict.helpdesk;

import java.util.List;

/** A mail read from the desk's mailbox: who wrote it, about what, its text and its files. */
public record IncomingMail(String messageId, String sender, String subject, String text, List<TicketFile> files,
		boolean automatic) {
}
