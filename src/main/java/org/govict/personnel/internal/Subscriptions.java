package org.govict.personnel.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Webhook subscriptions and their deliveries (the sender's outbox). */
@Repository
public class Subscriptions {

	private final JdbcClient jdbc;

	Subscriptions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A subscription without its secret. */
	public record Subscription(long id, String name, String url, long unitId, String unitPath,
			boolean includeSensitive, boolean active, ChangeCursor cursor, Instant nextAttemptAt,
			Instant failingSince, String createdBy, Instant createdAt) {

		public boolean failing() {
			return failingSince != null;
		}
	}

	public record Delivery(long id, long subscriptionId, String fromCursor, String toCursor, ChangeCursor to,
			int changeCount, String payload, int attempts, Instant nextAttemptAt, Integer lastStatus,
			String lastError, Instant createdAt, Instant deliveredAt) {

		public boolean delivered() {
			return deliveredAt != null;
		}
	}

	public long insert(String name, String url, String secret, long unitId, String unitPath,
			boolean includeSensitive, String createdBy) {
		return jdbc.sql("""
				INSERT INTO personnel_subscriptions (name, url, secret, unit_id, unit_path, include_sensitive, created_by)
				VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(name, url, secret, unitId, unitPath, includeSensitive, createdBy)
			.query(Long.class)
			.single();
	}

	public List<Subscription> all() {
		return jdbc.sql("SELECT * FROM personnel_subscriptions ORDER BY active DESC, id DESC")
			.query((rs, n) -> subscription(rs))
			.list();
	}

	public Optional<Subscription> find(long id) {
		return jdbc.sql("SELECT * FROM personnel_subscriptions WHERE id = ?").param(id)
			.query((rs, n) -> subscription(rs))
			.optional();
	}

	public String secretOf(long id) {
		return jdbc.sql("SELECT secret FROM personnel_subscriptions WHERE id = ?").param(id).query(String.class)
			.single();
	}

	public boolean deactivate(long id) {
		return jdbc.sql("UPDATE personnel_subscriptions SET active = FALSE WHERE id = ? AND active").param(id)
			.update() == 1;
	}

	/** The active subscriptions whose next attempt is due. */
	public List<Subscription> due() {
		return jdbc.sql("SELECT * FROM personnel_subscriptions WHERE active AND next_attempt_at <= now() ORDER BY id")
			.query((rs, n) -> subscription(rs))
			.list();
	}

	public void moveCursor(long id, ChangeCursor to) {
		jdbc.sql("""
				UPDATE personnel_subscriptions SET cursor_tx = CAST(CAST(? AS text) AS xid8), cursor_id = ?
				WHERE id = ?""").params(to.tx(), to.id(), id).update();
	}

	/** After a delivery was received: the cursor moves past it and the subscription is healthy again. */
	public void delivered(long deliveryId, int status) {
		jdbc.sql("""
				UPDATE personnel_deliveries SET attempts = attempts + 1, last_status = ?, last_error = NULL,
				    delivered_at = now() WHERE id = ?""").params(status, deliveryId).update();
		jdbc.sql("""
				UPDATE personnel_subscriptions s SET cursor_tx = d.to_tx, cursor_id = d.to_id, failing_since = NULL,
				    next_attempt_at = now()
				  FROM personnel_deliveries d WHERE d.id = ? AND s.id = d.subscription_id""").param(deliveryId).update();
	}

	/** After a failed attempt: both the delivery and its subscription wait until {@code next}. */
	public void failed(long deliveryId, Integer status, String error, Instant next) {
		jdbc.sql("""
				UPDATE personnel_deliveries SET attempts = attempts + 1, last_status = ?, last_error = ?,
				    next_attempt_at = ? WHERE id = ?""")
			.params(status, error == null ? null : error.substring(0, Math.min(error.length(), 1000)),
					Timestamp.from(next), deliveryId)
			.update();
		jdbc.sql("""
				UPDATE personnel_subscriptions s SET next_attempt_at = ?, failing_since = coalesce(failing_since, now())
				  FROM personnel_deliveries d WHERE d.id = ? AND s.id = d.subscription_id""")
			.params(Timestamp.from(next), deliveryId)
			.update();
	}

	public Optional<Delivery> pending(long subscriptionId) {
		return jdbc.sql("SELECT * FROM personnel_deliveries WHERE subscription_id = ? AND delivered_at IS NULL")
			.param(subscriptionId)
			.query((rs, n) -> delivery(rs))
			.optional();
	}

	/** A new delivery; its body is written once it has an id to name. */
	public long insertDelivery(long subscriptionId, ChangeCursor from, ChangeCursor to, int count) {
		return jdbc.sql("""
				INSERT INTO personnel_deliveries (subscription_id, from_cursor, to_cursor, to_tx, to_id, change_count, payload)
				VALUES (?, ?, ?, CAST(CAST(? AS text) AS xid8), ?, ?, '') RETURNING id""")
			.params(subscriptionId, from.toString(), to.toString(), to.tx(), to.id(), count)
			.query(Long.class)
			.single();
	}

	public void writePayload(long deliveryId, String payload) {
		jdbc.sql("UPDATE personnel_deliveries SET payload = ? WHERE id = ?").params(payload, deliveryId).update();
	}

	public Optional<Delivery> delivery(long deliveryId) {
		return jdbc.sql("SELECT * FROM personnel_deliveries WHERE id = ?").param(deliveryId)
			.query((rs, n) -> delivery(rs))
			.optional();
	}

	public List<Delivery> recent(int limit) {
		return jdbc.sql("SELECT * FROM personnel_deliveries ORDER BY id DESC LIMIT ?").param(limit)
			.query((rs, n) -> delivery(rs))
			.list();
	}

	private static Subscription subscription(ResultSet rs) throws SQLException {
		return new Subscription(rs.getLong("id"), rs.getString("name"), rs.getString("url"), rs.getLong("unit_id"),
				rs.getString("unit_path"), rs.getBoolean("include_sensitive"), rs.getBoolean("active"),
				new ChangeCursor(rs.getString("cursor_tx"), rs.getLong("cursor_id")),
				instant(rs.getTimestamp("next_attempt_at")), instant(rs.getTimestamp("failing_since")),
				rs.getString("created_by"), instant(rs.getTimestamp("created_at")));
	}

	private static Delivery delivery(ResultSet rs) throws SQLException {
		return new Delivery(rs.getLong("id"), rs.getLong("subscription_id"), rs.getString("from_cursor"),
				rs.getString("to_cursor"), new ChangeCursor(rs.getString("to_tx"), rs.getLong("to_id")),
				rs.getInt("change_count"), rs.getString("payload"), rs.getInt("attempts"),
				instant(rs.getTimestamp("next_attempt_at")), (Integer) rs.getObject("last_status"),
				rs.getString("last_error"), instant(rs.getTimestamp("created_at")),
				instant(rs.getTimestamp("delivered_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
