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

/** The stored trail. It only appends and reads: the table's trigger refuses updates and deletes anyway. */
@Repository
class AuditEntries {

	/** Serialises appends, so that each entry links to the one committed before it. */
	private static final long CHAIN_LOCK = 0x60_71C7_A0D1L;

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

	/** Takes the chain's lock for the rest of the transaction and returns the hash to link to. */
	String lockAndReadLastHash() {
		jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query().singleRow();
		return jdbc.sql("SELECT hash FROM audit_entries ORDER BY id DESC LIMIT 1")
			.query(String.class)
			.optional()
			.orElse(HashChain.GENESIS);
	}

	long append(AuditEntry e) {
		return jdbc.sql("""
				INSERT INTO audit_entries (occurred_at, actor, actor_ip, module, action, record_type, record_id,
				    unit_id, summary, before_state, after_state, prev_hash, hash)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(Timestamp.from(e.occurredAt()), e.actor(), e.actorIp(), e.module(), e.action(), e.recordType(),
					e.recordId(), e.unitId(), e.summary(), e.beforeState(), e.afterState(), e.prevHash(), e.hash())
			.query(Long.class)
			.single();
	}

	Optional<AuditEntry> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM audit_entries WHERE id = ?")
			.param(id)
			.query(AuditEntries::map)
			.optional();
	}

	/** Streams the whole trail in order, a few thousand rows in memory at a time. */
	void forEachInOrder(Consumer<AuditEntry> consumer) {
		template.query("SELECT " + COLUMNS + " FROM audit_entries ORDER BY id",
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
