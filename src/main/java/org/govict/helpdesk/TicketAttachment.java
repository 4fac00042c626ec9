package org.govict.helpdesk;

import java.time.Instant;

/** A file attached to a ticket (tệp đính kèm), without its content. */
public record TicketAttachment(long id, long ticketId, Long stepId, String fileName, String contentType,
		long sizeBytes, boolean privateNote, String uploadedByName, Instant uploadedAt) {

	/** The file to download, with its content. */
	public record Download(TicketAttachment attachment, byte[] content) {
	}
}
