package org.govict.helpdesk.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
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

	/** A mail that failed at every reading and was set aside. */
	public record SetAside(String sender, String subject, int attempts, String lastError, Instant firstFailedAt,
			Instant setAsideAt) {
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

	/** Counts one more failed reading of the mail; answers how many readings of it have failed. */
	public int failed(String key, String sender, String subject, String error) {
		return jdbc.sql("""
				INSERT INTO helpdesk_mail_failures (message_key, sender, subject, attempts, last_error)
				VALUES (:key, :sender, :subject, 1, :error)
				ON CONFLICT (message_key) DO UPDATE
				   SET attempts = helpdesk_mail_failures.attempts + 1, last_error = EXCLUDED.last_error,
				       last_failed_at = now(),
				       sender = coalesce(EXCLUDED.sender, helpdesk_mail_failures.sender),
				       subject = coalesce(EXCLUDED.subject, helpdesk_mail_failures.subject)
				RETURNING attempts""")
			.param("key", cut(key, 1000))
			.param("sender", sender == null ? null : cut(sender, 1000), java.sql.Types.VARCHAR)
			.param("subject", subject == null ? null : cut(subject, 1000), java.sql.Types.VARCHAR)
			.param("error", cut(error, 2000))
			.query(Integer.class)
			.single();
	}

	public void setAside(String key) {
		jdbc.sql("UPDATE helpdesk_mail_failures SET set_aside_at = now() WHERE message_key = ?").param(cut(key, 1000)).update();
	}

	/** A mail taken at last after failed readings is no longer counted. */
	public void taken(String key) {
		jdbc.sql("DELETE FROM helpdesk_mail_failures WHERE message_key = ? AND set_aside_at IS NULL")
			.param(cut(key, 1000))
			.update();
	}

	/** The mails set aside, latest first. */
	public List<SetAside> setAside(int most) {
		return jdbc.sql("""
				SELECT sender, subject, attempts, last_error, first_failed_at, set_aside_at FROM helpdesk_mail_failures
				 WHERE set_aside_at IS NOT NULL ORDER BY set_aside_at DESC LIMIT ?""")
			.param(most)
			.query((rs, n) -> new SetAside(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
					instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6))))
			.list();
	}

	private static String cut(String s, int most) {
		return s.length() > most ? s.substring(0, most) : s;
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
