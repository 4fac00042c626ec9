package org.govict.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored trail. It appends, reads, and links entries into the chain: the table's trigger refuses every other
 * update and every delete anyway.
 */
@Repository
class AuditEntries {

	/** Taken by the chainer only, so that two chainers (a scheduled one, one on demand) never link at once. */
	private static final long CHAINER_LOCK = 0x60_71C7_A0D1L;

	private static final String COLUMNS = "id, occurred_at, actor, actor_ip, module, action, record_type, record_id,"
			+ " unit_id, summary, before_state, after_state, prev_hash, hash";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	AuditEntries(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		// A template of its own: the fetch size lets the chain be walked without loading it whole.
		this.template = new JdbcTemplate(dataSource);
		this.template.setFetchSize(2000);
	}

	/** Adds an entry without its link; the table's trigger stamps it with the writing transaction's id. */
	void append(AuditEntry e) {
		jdbc.sql("""
				INSERT INTO audit_entries (occurred_at, actor, actor_ip, module, action, record_type, record_id,
				    unit_id, summary, before_state, after_state)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(Timestamp.from(e.occurredAt()), e.actor(), e.actorIp(), e.module(), e.action(), e.recordType(),
					e.recordId(), e.unitId(), e.summary(), e.beforeState(), e.afterState())
			.update();
	}

	/** Adds several entries in one round trip, each as {@link #append} does. */
	void appendAll(List<AuditEntry> all) {
		template.batchUpdate("""
				INSERT INTO audit_entries (occurred_at, actor, actor_ip, module, action, record_type, record_id,
				    unit_id, summary, before_state, after_state)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", all, all.size(), (ps, e) -> {
			ps.setTimestamp(1, Timestamp.from(e.occurredAt()));
			ps.setString(2, e.actor());
			ps.setString(3, e.actorIp());
			ps.setString(4, e.module());
			ps.setString(5, e.action());
			ps.setString(6, e.recordType());
			ps.setString(7, e.recordId());
			ps.setObject(8, e.unitId());
			ps.setString(9, e.summary());
			ps.setString(10, e.beforeState());
			ps.setString(11, e.afterState());
		});
	}

	/** Waits for any other chainer to finish, and keeps the lock until this transaction ends. */
	void lockForChaining() {
		jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(CHAINER_LOCK).query().singleRow();
	}

	/** The place and hash of the last linked entry, or place 0 and the genesis hash for an empty chain. */
	ChainEnd chainEnd() {
		return jdbc.sql("SELECT chain_seq, hash FROM audit_entries WHERE chain_seq IS NOT NULL ORDER BY chain_seq DESC LIMIT 1")
			.query((rs, n) -> new ChainEnd(rs.getLong(1), rs.getString(2)))
			.optional()
			.orElse(new ChainEnd(0, HashChain.GENESIS));
	}

	record ChainEnd(long seq, String hash) {
	}

	/**
	 * The next unlinked entries in chain order, only those of transactions older than the oldest one still
	 * running: they have all finished, and any entry written from now on sorts after them (see V18).
	 */
	List<AuditEntry> unlinkedOfFinishedTransactions(int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM audit_entries"
				+ " WHERE chain_seq IS NULL AND tx < pg_snapshot_xmin(pg_current_snapshot())"
				+ " ORDER BY tx, id LIMIT ?")
			.param(limit)
			.query(AuditEntries::map)
			.list();
	}

	/** Gives each entry its link and place: the one update the table's trigger allows, and only once per entry. */
	void link(List<AuditEntry> linked, long firstSeq) {
		List<Object[]> rows = new ArrayList<>(linked.size());
		long seq = firstSeq;
		for (AuditEntry e : linked) {
			rows.add(new Object[] { e.prevHash(), e.hash(), seq++, e.id() });
		}
		template.batchUpdate("UPDATE audit_entries SET prev_hash = ?, hash = ?, chain_seq = ? WHERE id = ? AND chain_seq IS NULL",
				rows);
	}

	long countUnlinked() {
		return jdbc.sql("SELECT count(*) FROM audit_entries WHERE chain_seq IS NULL").query(Long.class).single();
	}

	Optional<AuditEntry> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM audit_entries WHERE id = ?")
			.param(id)
			.query(AuditEntries::map)
			.optional();
	}

	/** Streams the linked trail in chain order, a few thousand rows in memory at a time. */
	void forEachLinkedInOrder(Consumer<AuditEntry> consumer) {
		template.query("SELECT " + COLUMNS + " FROM audit_entries WHERE chain_seq IS NOT NULL ORDER BY chain_seq",
				(RowCallbackHandler) rs -> consumer.accept(map(rs, 0)));
	}

	List<AuditEntry> search(AuditQuery query, int offset, int limit) {
		Where where = where(query);
		List<Object> params = new ArrayList<>(where.params);
		params.add(limit);
		params.add(offset);
		return jdbc.sql("SELECT " + COLUMNS + " FROM audit_entries" + where.sql + " ORDER BY id DESC LIMIT ? OFFSET ?")
			.params(params)
			.query(AuditEntries::map)
			.list();
	}

	long count(AuditQuery query) {
		Where where = where(query);
		return jdbc.sql("SELECT count(*) FROM audit_entries" + where.sql).params(where.params).query(Long.class).single();
	}

	private static Where where(AuditQuery q) {
		StringBuilder sql = new StringBuilder();
		List<Object> params = new ArrayList<>();
		if (q.actor() != null) {
			sql.append(" AND lower(actor) = lower(?)");
			params.add(q.actor());
		}
		if (q.module() != null) {
			sql.append(" AND module = ?");
			params.add(q.module());
		}
		if (q.recordType() != null) {
			sql.append(" AND record_type = ?");
			params.add(q.recordType());
		}
		if (q.recordId() != null) {
			sql.append(" AND record_id = ?");
			params.add(q.recordId());
		}
		if (q.action() != null) {
			sql.append(" AND action = ?");
			params.add(q.action());
		}
		if (q.from() != null) {
			sql.append(" AND occurred_at >= ?");
			params.add(Timestamp.from(q.from()));
		}
		if (q.to() != null) {
			sql.append(" AND occurred_at < ?");
			params.add(Timestamp.from(q.to()));
		}
		return new Where(sql.isEmpty() ? "" : " WHERE" + sql.substring(4), params);
	}

	private record Where(String sql, List<Object> params) {
	}

	private static AuditEntry map(ResultSet rs, int row) throws SQLException {
		long unit = rs.getLong("unit_id");
		Long unitId = rs.wasNull() ? null : unit;
		Instant at = rs.getTimestamp("occurred_at").toInstant();
		return new AuditEntry(rs.getLong("id"), at, rs.getString("actor"), rs.getString("actor_ip"),
				rs.getString("module"), rs.getString("action"), rs.getString("record_type"), rs.getString("record_id"),
				unitId, rs.getString("summary"), rs.getString("before_state"), rs.getString("after_state"),
				rs.getString("prev_hash"), rs.getString("hash"));
	}
}
