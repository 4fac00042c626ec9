package org.govict.personnel.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.govict.personnel.ImportMode;
import org.govict.personnel.ImportRefusal;
import org.govict.personnel.ImportStatus;
import org.govict.personnel.PersonnelImport;
import org.postgresql.PGConnection;
import org.postgresql.largeobject.LargeObject;
import org.postgresql.largeobject.LargeObjectManager;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The imports, their refusals and their files in PostgreSQL. The file is a large object, written and read as a
 * stream in pieces, so that a file of a gigabyte passes through a few kilobytes of memory; a large object can only
 * be used inside a transaction, which the callers hold.
 */
@Repository
public class Imports {

	private static final TypeReference<List<Object>> LIST = new TypeReference<>() {
	};

	/** A running import whose node has not beaten for this long is taken to have died. */
	public static final String STALE = "5 minutes";

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final JsonMapper json;

	Imports(JdbcClient jdbc, DataSource dataSource, JsonMapper json) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.json = json;
	}

	/** What an import needs to run: the requester's rights as they were on upload. */
	public record Job(long id, String fileName, String format, ImportMode mode, LocalDate effectiveOn,
			ImportStatus status, long content, long checkpointRow, String requestedBy, List<String> scopePrefixes,
			String locale) {
	}

	/** Streams {@code in} into a new large object; returns its OID and size. Needs a transaction. */
	public long[] storeFile(InputStream in) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			LargeObjectManager objects = connection.unwrap(PGConnection.class).getLargeObjectAPI();
			long oid = objects.createLO(LargeObjectManager.READWRITE);
			long size;
			try (LargeObject object = objects.open(oid, LargeObjectManager.WRITE);
					OutputStream out = object.getOutputStream()) {
				size = in.transferTo(out);
			}
			return new long[] { oid, size };
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot store the import file", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Opens the file of an import for reading; the stream lives as long as the caller's transaction. */
	public InputStream openFile(long oid) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			LargeObjectManager objects = connection.unwrap(PGConnection.class).getLargeObjectAPI();
			return objects.open(oid, LargeObjectManager.READ).getInputStream();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot read the import file", ex);
		}
	}

	public long insert(String fileName, String format, ImportMode mode, LocalDate effectiveOn, long content,
			long size, String requestedBy, List<String> scopePrefixes, boolean sensitive, String locale) {
		return jdbc.sql("""
				INSERT INTO personnel_imports (file_name, format, mode, effective_on, content, size_bytes, requested_by,
				    scope_prefixes, sensitive, locale)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				RETURNING id""")
			.params(fileName, format, mode.name(), effectiveOn, content, size, requestedBy,
					scopePrefixes == null ? null : textArray(scopePrefixes), sensitive, locale)
			.query(Long.class)
			.single();
	}

	private Array textArray(List<String> values) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			return connection.createArrayOf("text", values.toArray());
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	/**
	 * Claims the next import for this node: one waiting in the queue, or one whose node stopped beating. SKIP LOCKED
	 * lets several nodes claim at the same time without taking the same import.
	 */
	public Optional<Job> claimNext(String node) {
		return jdbc.sql("""
				UPDATE personnel_imports SET status = 'RUNNING', node = :node, heartbeat_at = now(),
				    started_at = coalesce(started_at, now())
				WHERE id = (SELECT id FROM personnel_imports
				            WHERE status = 'QUEUED'
				               OR (status = 'RUNNING' AND heartbeat_at < now() - CAST(:stale AS interval))
				            ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
				RETURNING *""")
			.param("node", node)
			.param("stale", STALE)
			.query((rs, n) -> job(rs))
			.optional();
	}

	/** Keeps the claim; false when the import was cancelled or taken over meanwhile. */
	public boolean beat(long id, String node, long rowsRead, long bytesRead, long refused) {
		return jdbc.sql("""
				UPDATE personnel_imports SET heartbeat_at = now(), rows_read = greatest(rows_read, ?),
				    bytes_read = greatest(bytes_read, ?), rows_refused = greatest(rows_refused, ?)
				WHERE id = ? AND node = ? AND status = 'RUNNING'""")
			.params(rowsRead, bytesRead, refused, id, node)
			.update() == 1;
	}

	/** Commits a batch's counts and checkpoint, in the transaction of the batch. */
	public void advance(long id, long checkpointRow, long rowsRead, long bytesRead, long loaded, long refused,
			long unchanged) {
		jdbc.sql("""
				UPDATE personnel_imports SET checkpoint_row = ?, rows_read = ?, bytes_read = ?, rows_loaded = ?,
				    rows_refused = ?, rows_unchanged = ?, heartbeat_at = now()
				WHERE id = ?""")
			.params(checkpointRow, rowsRead, bytesRead, loaded, refused, unchanged, id)
			.update();
	}

	/** Forgets what a run left that was not committed with a batch, before running again from the checkpoint. */
	public void rewind(long id, long checkpointRow) {
		jdbc.sql("DELETE FROM personnel_import_errors WHERE import_id = ? AND row_number > ?")
			.params(id, checkpointRow)
			.update();
	}

	public void finish(long id, ImportStatus status, String failure, List<Object> failureArguments) {
		Long oid = jdbc.sql("SELECT content FROM personnel_imports WHERE id = ?").param(id).query(Long.class)
			.optional()
			.orElse(null);
		jdbc.sql("""
				UPDATE personnel_imports SET status = CASE WHEN status = 'CANCELLED' THEN status ELSE ? END,
				    failure = ?, failure_args = CAST(? AS jsonb),
				    finished_at = now(), content = NULL, bytes_read = size_bytes
				WHERE id = ?""")
			.params(status.name(), failure, failureArguments == null ? null : json.writeValueAsString(failureArguments),
					id)
			.update();
		if (oid != null) {
			jdbc.sql("SELECT lo_unlink(?)").param(oid).query((rs, n) -> 1).list();
		}
	}

	/**
	 * Cancels an import that has not finished; false when it had. A waiting import's file is dropped at once; a
	 * running one's when its run notices. Needs a transaction.
	 */
	public boolean cancel(long id) {
		Optional<String> status = jdbc.sql("SELECT status FROM personnel_imports WHERE id = ? FOR UPDATE").param(id)
			.query(String.class)
			.optional();
		if (status.isEmpty() || !List.of("QUEUED", "RUNNING").contains(status.get())) {
			return false;
		}
		if ("QUEUED".equals(status.get())) {
			finish(id, ImportStatus.CANCELLED, null, null);
		}
		else {
			jdbc.sql("UPDATE personnel_imports SET status = 'CANCELLED', finished_at = now() WHERE id = ?").param(id)
				.update();
		}
		return true;
	}

	/** Gives up this node's claims, on a clean shutdown. */
	public void release(String node) {
		jdbc.sql("""
				UPDATE personnel_imports SET heartbeat_at = TIMESTAMPTZ 'epoch'
				WHERE node = ? AND status = 'RUNNING'""").param(node).update();
	}

	public ImportStatus status(long id) {
		return ImportStatus.valueOf(
				jdbc.sql("SELECT status FROM personnel_imports WHERE id = ?").param(id).query(String.class).single());
	}

	public Optional<PersonnelImport> find(long id) {
		return jdbc.sql("SELECT * FROM personnel_imports WHERE id = ?").param(id).query((rs, n) -> view(rs)).optional();
	}

	public Optional<Job> job(long id) {
		return jdbc.sql("SELECT * FROM personnel_imports WHERE id = ?").param(id).query((rs, n) -> job(rs)).optional();
	}

	public List<PersonnelImport> requestedBy(String user, int limit) {
		return jdbc.sql("SELECT * FROM personnel_imports WHERE requested_by = ? ORDER BY id DESC LIMIT ?")
			.params(user, limit)
			.query((rs, n) -> view(rs))
			.list();
	}

	public List<ImportRefusal> refusals(long id, int limit) {
		return jdbc.sql("""
				SELECT * FROM personnel_import_errors WHERE import_id = ? ORDER BY row_number, column_name NULLS FIRST
				LIMIT ?""").params(id, limit).query((rs, n) -> refusal(rs)).list();
	}

	/** Every refusal of an import, one at a time, in the order of the file. */
	public void eachRefusal(long id, Consumer<ImportRefusal> consumer) {
		jdbc.sql("SELECT * FROM personnel_import_errors WHERE import_id = ? ORDER BY row_number, column_name NULLS FIRST")
			.param(id)
			.withFetchSize(1000)
			.query(rs -> {
				consumer.accept(refusal(rs));
			});
	}

	public void insertRefusals(long id, List<ImportRefusal> refusals) {
		if (refusals.isEmpty()) {
			return;
		}
		jdbc.sql("""
				INSERT INTO personnel_import_errors (import_id, row_number, column_name, message_key, arguments, value)
				SELECT ?, r.row_number, r.column_name, r.message_key, r.arguments, r.value
				FROM jsonb_to_recordset(CAST(? AS jsonb))
				    AS r(row_number BIGINT, column_name TEXT, message_key TEXT, arguments JSONB, value TEXT)""")
			.params(id, json.writeValueAsString(refusals.stream()
				.map(r -> {
					java.util.Map<String, Object> row = new java.util.LinkedHashMap<>();
					row.put("row_number", r.row());
					row.put("column_name", r.column());
					row.put("message_key", r.messageKey());
					row.put("arguments", r.arguments().stream().map(a -> a instanceof Number ? a : String.valueOf(a)).toList());
					row.put("value", r.value());
					return row;
				})
				.toList()))
			.update();
	}

	private ImportRefusal refusal(ResultSet rs) throws SQLException {
		return new ImportRefusal(rs.getLong("row_number"), rs.getString("column_name"), rs.getString("message_key"),
				json.readValue(rs.getString("arguments"), LIST), rs.getString("value"));
	}

	private Job job(ResultSet rs) throws SQLException {
		Array prefixes = rs.getArray("scope_prefixes");
		return new Job(rs.getLong("id"), rs.getString("file_name"), rs.getString("format"),
				ImportMode.valueOf(rs.getString("mode")), rs.getObject("effective_on", LocalDate.class),
				ImportStatus.valueOf(rs.getString("status")), rs.getLong("content"), rs.getLong("checkpoint_row"),
				rs.getString("requested_by"),
				prefixes == null ? null : Arrays.asList((String[]) prefixes.getArray()), rs.getString("locale"));
	}

	private PersonnelImport view(ResultSet rs) throws SQLException {
		long size = rs.getLong("size_bytes");
		long read = rs.getLong("bytes_read");
		ImportStatus status = ImportStatus.valueOf(rs.getString("status"));
		int percent = status == ImportStatus.DONE ? 100 : size == 0 ? 0 : (int) Math.min(99, read * 100 / size);
		String failureArgs = rs.getString("failure_args");
		return new PersonnelImport(rs.getLong("id"), rs.getString("file_name"), rs.getString("format"),
				ImportMode.valueOf(rs.getString("mode")), rs.getObject("effective_on", LocalDate.class), status, size,
				rs.getLong("rows_read"), rs.getLong("rows_loaded"), rs.getLong("rows_refused"),
				rs.getLong("rows_unchanged"), rs.getLong("checkpoint_row"), percent, rs.getString("failure"),
				failureArgs == null ? List.of() : json.readValue(failureArgs, LIST), rs.getString("requested_by"),
				rs.getString("locale"), instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("started_at")),
				instant(rs.getTimestamp("finished_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
