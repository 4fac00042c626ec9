package org.govict.helpdesk.internal;

import java.util.List;
import java.util.Optional;

import org.govict.helpdesk.TicketAttachment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The files attached to tickets, kept in the database with the ticket they belong to. */
@Repository
public class TicketAttachments {

	private static final String SELECT = """
			SELECT a.id, a.ticket_id, a.step_id, a.file_name, a.content_type, a.size_bytes, a.private,
			       coalesce(u.full_name, 'GovICT') AS uploaded_by_name, a.uploaded_at
			  FROM helpdesk_attachments a LEFT JOIN users u ON u.id = a.uploaded_by""";

	private final JdbcClient jdbc;

	TicketAttachments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(long ticketId, Long stepId, String fileName, String contentType, byte[] content, String sha256,
			boolean privateNote, Long uploadedBy) {
		return jdbc.sql("""
				INSERT INTO helpdesk_attachments (ticket_id, step_id, file_name, content_type, size_bytes, sha256, content,
				       private, uploaded_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(ticketId, stepId, fileName, contentType, content.length, sha256, content, privateNote, uploadedBy)
			.query(Long.class)
			.single();
	}

	public List<TicketAttachment> of(long ticketId, boolean withPrivate) {
		return jdbc.sql(SELECT + " WHERE a.ticket_id = ? AND (? OR NOT a.private) ORDER BY a.id")
			.params(ticketId, withPrivate)
			.query((rs, n) -> new TicketAttachment(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class),
					rs.getString(4), rs.getString(5), rs.getLong(6), rs.getBoolean(7), rs.getString(8),
					rs.getTimestamp(9).toInstant()))
			.list();
	}

	public Optional<byte[]> content(long ticketId, long attachmentId) {
		return jdbc.sql("SELECT content FROM helpdesk_attachments WHERE ticket_id = ? AND id = ?")
			.params(ticketId, attachmentId)
			.query((rs, n) -> rs.getBytes(1))
			.optional();
	}
}
