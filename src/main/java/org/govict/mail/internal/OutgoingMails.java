package org.govict.mail.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.govict.mail.Outbox;
import org.govict.mail.OutgoingMail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class OutgoingMails {

	private static final String COLUMNS = "id, recipient, subject, body, created_at, sent_at, attempts, last_error";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	OutgoingMails(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	public long add(String recipient, String subject, String body) {
		return jdbc.sql("INSERT INTO outgoing_mail (recipient, subject, body) VALUES (?, ?, ?) RETURNING id")
			.params(recipient, subject, body)
			.query(Long.class)
			.single();
	}

	public void addAll(List<Outbox.Message> messages) {
		template.batchUpdate("INSERT INTO outgoing_mail (recipient, subject, body) VALUES (?, ?, ?)", messages,
				messages.size(), (ps, m) -> {
					ps.setString(1, m.recipient());
					ps.setString(2, m.subject());
					ps.setString(3, m.body());
				});
	}

	public List<OutgoingMail> latest(int offset, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM outgoing_mail ORDER BY id DESC OFFSET ? LIMIT ?")
			.params(offset, limit)
			.query(OutgoingMail.class)
			.list();
	}

	public long count() {
		return jdbc.sql("SELECT count(*) FROM outgoing_mail").query(Long.class).single();
	}

	public Optional<OutgoingMail> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM outgoing_mail WHERE id = ?")
			.param(id)
			.query(OutgoingMail.class)
			.optional();
	}

	/**
	 * Takes a batch of undelivered messages for this node: SKIP LOCKED lets several nodes drain the outbox
	 * without sending a message twice.
	 */
	List<OutgoingMail> lockUndelivered(int maxAttempts, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + """
				 FROM outgoing_mail WHERE sent_at IS NULL AND attempts < ?
				ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED""")
			.params(maxAttempts, limit)
			.query(OutgoingMail.class)
			.list();
	}

	void markSent(long id, Instant at) {
		jdbc.sql("UPDATE outgoing_mail SET sent_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?")
			.params(java.sql.Timestamp.from(at), id)
			.update();
	}

	void markFailed(long id, String error) {
		jdbc.sql("UPDATE outgoing_mail SET attempts = attempts + 1, last_error = ? WHERE id = ?")
			.params(error == null ? null : error.substring(0, Math.min(error.length(), 1000)), id)
			.update();
	}
}
