package org.govict.helpdesk.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The mails read from the desk's mailbox, by Message-ID, and how the last reading went. */
@Repository
public class MailMessages {

	/** The outcome of a mail, recorded with it. */
	public enum Outcome {
		/** Claimed by a reading still in its transaction (never seen committed). */
		RECEIVED, OPENED, FOLLOW_UP, REFUSED, IGNORED
	}

	public record Status(Instant lastPollAt, int lastRead, String lastError, Instant lastErrorAt) {
	}

	private final JdbcClient jdbc;

	MailMessages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Claims a mail for this transaction: false when it was read before. A second reading of the same mail at the
	 * same time waits here for the first one's transaction, and then finds it claimed.
	 */
	public boolean claim(String messageId, String sender) {
		return jdbc.sql("""
				INSERT INTO helpdesk_mail_messages (message_id, sender, outcome) VALUES (?, ?, 'RECEIVED')
				ON CONFLICT (message_id) DO NOTHING""")
			.params(messageId, sender)
			.update() == 1;
	}

	public void done(String messageId, Outcome outcome, Long ticketId) {
		jdbc.sql("UPDATE helpdesk_mail_messages SET outcome = ?, ticket_id = ? WHERE message_id = ?")
			.params(outcome.name(), ticketId, messageId)
			.update();
	}

	public Optional<Long> ticketOf(String messageId) {
		return jdbc.sql("SELECT ticket_id FROM helpdesk_mail_messages WHERE message_id = ?")
			.param(messageId)
			.query((rs, n) -> rs.getObject(1, Long.class))
			.optional();
	}

	public void polled(Instant at, int read, String error) {
		if (error == null) {
			jdbc.sql("UPDATE helpdesk_mailbox_status SET last_poll_at = ?, last_read = ? WHERE id = 1")
				.params(Timestamp.from(at), read)
				.update();
		}
		else {
			jdbc.sql("""
					UPDATE helpdesk_mailbox_status SET last_poll_at = ?, last_read = ?, last_error = ?, last_error_at = ?
					 WHERE id = 1""")
				.params(Timestamp.from(at), read, error.length() > 2000 ? error.substring(0, 2000) : error,
						Timestamp.from(at))
				.update();
		}
	}

	public Status status() {
		return jdbc.sql("SELECT last_poll_at, last_read, last_error, last_error_at FROM helpdesk_mailbox_status WHERE id = 1")
			.query((rs, n) -> new Status(instant(rs.getTimestamp(1)), rs.getInt(2), rs.getString(3),
					instant(rs.getTimestamp(4))))
			.single();
	}

	private static Instant instant(Timestamp t) {
		return t == null ? null : t.toInstant();
	}
}
