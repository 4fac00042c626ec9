package org.govict.personnel.imports;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.govict.personnel.RecordHistory;
import org.govict.personnel.RecordSchema;
import org.govict.personnel.RecordState;
import org.govict.personnel.internal.Records;
import org.govict.personnel.internal.ReferenceSnapshot;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes checked rows in bulk: COPY into a temporary staging table, then a few set-based statements merge the
 * whole batch into the records, their changes and their report periods. Each statement touches a batch of
 * thousands of rows at once, so the cost per row is the cost of the indexes, as with a plain COPY into the tables.
 * Runs in the caller's transaction.
 */
@Component
public class ImportWriter {

	/**
	 * The staging table: temporary (not written to the WAL, seen only by this connection) and emptied at each
	 * commit. One row per record to create or change, with the whole record after the row (data), the fields
	 * that differ (changes; NULL for a new record, whose change is the whole record), the columns that searches and
	 * reports read, and whether a report period begins. A new record comes with its id, drawn from the records'
	 * sequence for the whole batch in one query, so that no id has to be fetched back after the insert.
	 */
	private static final String STAGING = """
			CREATE TEMP TABLE IF NOT EXISTS personnel_import_rows (
			    row_no BIGINT NOT NULL, record_id BIGINT, created BOOLEAN NOT NULL, version INT NOT NULL,
			    id_number CHAR(12) NOT NULL, full_name VARCHAR(200) NOT NULL, sex CHAR(1) NOT NULL,
			    birth_date DATE NOT NULL, unit_id BIGINT NOT NULL, unit_path VARCHAR(400) NOT NULL,
			    status VARCHAR(20) NOT NULL, rank_code VARCHAR(20), salary_grade VARCHAR(20), position_code VARCHAR(20),
			    education_level VARCHAR(20), data JSONB NOT NULL, changes JSONB, new_period BOOLEAN NOT NULL,
			    staff_group VARCHAR(20), political_theory VARCHAR(20), state_management VARCHAR(20),
			    it_level VARCHAR(20), language_level VARCHAR(20), party_joined DATE, ethnic_code VARCHAR(20),
			    religion_code VARCHAR(20), coefficient NUMERIC(5, 2)
			) ON COMMIT DELETE ROWS""";

	private static final String COPY = """
			COPY personnel_import_rows (row_no, record_id, created, version, id_number, full_name, sex, birth_date,
			    unit_id, unit_path, status, rank_code, salary_grade, position_code, education_level, data, changes,
			    new_period, staff_group, political_theory, state_management, it_level, language_level, party_joined,
			    ethnic_code, religion_code, coefficient)
			FROM STDIN (FORMAT csv)""";

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Records records;

	ImportWriter(DataSource dataSource, JdbcClient jdbc, JsonMapper json, Records records) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.json = json;
		this.records = records;
	}

	/** Who and what the changes of an import record. */
	public record Provenance(LocalDate effectiveOn, String recordedBy, String note) {
	}

	/** What a batch came to: the records created and changed, and the rows refused because of a change meanwhile. */
	public record Written(int created, int updated, List<Long> changedMeanwhile) {
	}

	/**
	 * The records that rows update, as they stand, by ID number: one query for the batch. Locks nothing; the write
	 * checks the versions again.
	 */
	public Map<String, RowChecker.Existing> existing(Collection<String> idNumbers, RecordSchema schema) {
		Map<String, RowChecker.Existing> found = new HashMap<>();
		if (idNumbers.isEmpty()) {
			return found;
		}
		jdbc.sql("""
				SELECT id, id_number, version, unit_path, data FROM personnel_records
				WHERE id_number = ANY(CAST(:ids AS char(12)[]))""")
			.param("ids", idNumbers.toArray(String[]::new))
			.query(rs -> {
				found.put(rs.getString("id_number"), new RowChecker.Existing(rs.getLong("id"), rs.getInt("version"),
						rs.getString("unit_path"), records.state(rs.getString("data"), schema)));
			});
		return found;
	}

	/** Writes a batch in the caller's transaction. */
	public Written write(List<RowChecker.Staged> rows, Provenance provenance, RecordSchema schema,
			ReferenceSnapshot reference) {
		if (rows.isEmpty()) {
			return new Written(0, 0, List.of());
		}
		jdbc.sql(STAGING).update();
		jdbc.sql("TRUNCATE personnel_import_rows").update();
		int toCreate = (int) rows.stream().filter(RowChecker.Staged::created).count();
		List<Long> newIds = toCreate == 0 ? List.of()
				: jdbc.sql("SELECT nextval(pg_get_serial_sequence('personnel_records', 'id')) FROM generate_series(1, ?)")
					.param(toCreate)
					.query(Long.class)
					.list();
		copy(rows, newIds);

		// A record changed by someone else since the batch was checked (its version moved on) is not overwritten:
		// the row is refused and the officer imports it again. The records to change are locked first, so that
		// nothing changes them between this check and the update.
		jdbc.sql("""
				SELECT r.id FROM personnel_records r JOIN personnel_import_rows s ON s.record_id = r.id
				WHERE NOT s.created ORDER BY r.id FOR UPDATE OF r""").query((rs, n) -> 1).list();
		List<Long> changedMeanwhile = new ArrayList<>(jdbc.sql("""
				DELETE FROM personnel_import_rows s USING personnel_records r
				WHERE NOT s.created AND r.id = s.record_id AND r.version <> s.version
				RETURNING s.row_no""").query(Long.class).list());

		// New records in one statement, with the ids drawn above. An ID number registered meanwhile by someone
		// else is skipped (ON CONFLICT), and its row taken out of the batch and refused, so that the statements
		// below see only the records that were written.
		int created = jdbc.sql("""
				INSERT INTO personnel_records (id, id_number, full_name, sex, birth_date, unit_id, unit_path, status,
				    rank_code, salary_grade, position_code, education_level, data)
				SELECT record_id, id_number, full_name, sex, birth_date, unit_id, unit_path, status, rank_code,
				    salary_grade, position_code, education_level, data
				FROM personnel_import_rows WHERE created
				ON CONFLICT (id_number) DO NOTHING""").update();
		if (created < toCreate) {
			changedMeanwhile.addAll(jdbc.sql("""
					DELETE FROM personnel_import_rows s
					WHERE s.created AND NOT EXISTS (SELECT 1 FROM personnel_records r WHERE r.id = s.record_id)
					RETURNING s.row_no""").query(Long.class).list());
		}

		// Changed records: the snapshot becomes the record after the row, a new version.
		int updated = jdbc.sql("""
				UPDATE personnel_records r SET id_number = s.id_number, full_name = s.full_name, sex = s.sex,
				    birth_date = s.birth_date, unit_id = s.unit_id, unit_path = s.unit_path, status = s.status,
				    rank_code = s.rank_code, salary_grade = s.salary_grade, position_code = s.position_code,
				    education_level = s.education_level, data = s.data, updated_at = now(), version = r.version + 1
				FROM personnel_import_rows s WHERE NOT s.created AND r.id = s.record_id""").update();

		// One IMPORTED change per created or changed record: all fields for a new record, only those that differ
		// for a changed one (an unchanged row never reached the staging table).
		jdbc.sql("""
				INSERT INTO personnel_record_changes (record_id, kind, effective_on, recorded_by, note, changes)
				SELECT record_id, 'IMPORTED', :effective, :by, :note, coalesce(changes, data) FROM personnel_import_rows
				ORDER BY row_no""")
			.param("effective", provenance.effectiveOn())
			.param("by", provenance.recordedBy())
			.param("note", provenance.note())
			.update();

		writePeriods(provenance.effectiveOn(), schema, reference);
		jdbc.sql("TRUNCATE personnel_import_rows").update();
		return new Written(created, updated, changedMeanwhile);
	}

	/**
	 * The report periods, set-based for the common case and exact for the rest.
	 * <p>
	 * RecordHistory.periods() starts a new period on every day on which a reported field changes, and folds the
	 * changes of one day into one period. For an import effective on a day on or after the start of the record's
	 * open period (the import date, the usual case), that comes to: a new record gets one open period from the
	 * effective day; a changed record whose reported fields differ gets its open period closed on the effective
	 * day and a new open one from it, or, when the open period began that very day, that period's values replaced
	 * (ON CONFLICT on the key record_id, valid_from). A record with a period beginning after the effective day (an
	 * import back-dated before the last change) has its periods recomputed from its whole history, as the
	 * registry does after a change.
	 */
	private void writePeriods(LocalDate effective, RecordSchema schema, ReferenceSnapshot reference) {
		List<Long> backDated = jdbc.sql("""
				SELECT DISTINCT s.record_id FROM personnel_import_rows s
				JOIN personnel_record_periods p ON p.record_id = s.record_id
				WHERE NOT s.created AND s.new_period AND p.valid_from > :effective""")
			.param("effective", effective)
			.query(Long.class)
			.list();
		Long[] exact = backDated.toArray(Long[]::new);
		jdbc.sql("""
				UPDATE personnel_record_periods p SET valid_to = :effective
				FROM personnel_import_rows s
				WHERE s.new_period AND NOT s.created AND p.record_id = s.record_id AND p.valid_to IS NULL
				  AND p.valid_from < :effective AND s.record_id <> ALL(CAST(:exact AS bigint[]))""")
			.param("effective", effective)
			.param("exact", exact)
			.update();
		jdbc.sql("""
				INSERT INTO personnel_record_periods (record_id, valid_from, valid_to, unit_id, unit_path, sex,
				    birth_date, status, staff_group, salary_grade, rank_code, position_code, education_level,
				    political_theory, state_management, it_level, language_level, party_joined, ethnic_code,
				    religion_code, coefficient)
				SELECT record_id, :effective, NULL, unit_id, unit_path, sex, birth_date, status, staff_group,
				    salary_grade, rank_code, position_code, education_level, political_theory, state_management,
				    it_level, language_level, party_joined, ethnic_code, religion_code, coefficient
				FROM personnel_import_rows s
				WHERE s.new_period AND s.record_id <> ALL(CAST(:exact AS bigint[]))
				ON CONFLICT (record_id, valid_from) DO UPDATE SET unit_id = EXCLUDED.unit_id,
				    unit_path = EXCLUDED.unit_path, sex = EXCLUDED.sex, birth_date = EXCLUDED.birth_date,
				    status = EXCLUDED.status, staff_group = EXCLUDED.staff_group,
				    salary_grade = EXCLUDED.salary_grade, rank_code = EXCLUDED.rank_code,
				    position_code = EXCLUDED.position_code, education_level = EXCLUDED.education_level,
				    political_theory = EXCLUDED.political_theory, state_management = EXCLUDED.state_management,
				    it_level = EXCLUDED.it_level, language_level = EXCLUDED.language_level,
				    party_joined = EXCLUDED.party_joined, ethnic_code = EXCLUDED.ethnic_code,
				    religion_code = EXCLUDED.religion_code, coefficient = EXCLUDED.coefficient""")
			.param("effective", effective)
			.param("exact", exact)
			.update();
		for (long id : backDated) {
			records.replacePeriods(id, new RecordHistory(records.changes(id, schema)).periods(),
					unitId -> reference.unit(unitId).orElseThrow().path());
		}
	}

	private void copy(List<RowChecker.Staged> rows, List<Long> newIds) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
			try {
				StringBuilder line = new StringBuilder(2048);
				int next = 0;
				for (RowChecker.Staged row : rows) {
					line.setLength(0);
					line(line, row, row.created() ? newIds.get(next++) : row.recordId());
					byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
					copy.writeToCopy(bytes, 0, bytes.length);
				}
				copy.endCopy();
			}
			finally {
				if (copy.isActive()) {
					copy.cancelCopy();
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("COPY into the staging table failed", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	private void line(StringBuilder out, RowChecker.Staged row, long recordId) {
		RecordState s = row.after();
		field(out, row.row());
		field(out, recordId);
		field(out, row.created());
		field(out, row.version());
		field(out, s.idNumber());
		field(out, s.fullName());
		field(out, s.text("sex"));
		field(out, s.text("birth_date"));
		field(out, s.unitId());
		field(out, row.unitPath());
		field(out, s.status());
		field(out, s.text("rank_code"));
		field(out, s.text("salary_grade"));
		field(out, s.text("position_code"));
		field(out, s.text("education_level"));
		field(out, json.writeValueAsString(s.values()));
		field(out, row.created() ? null : json.writeValueAsString(row.changes()));
		field(out, row.newPeriod());
		for (String key : List.of("staff_group", "political_theory", "state_management", "it_level",
				"language_level", "party_joined", "ethnic_code", "religion_code", "coefficient")) {
			field(out, s.text(key));
		}
		out.setCharAt(out.length() - 1, '\n');
	}

	/** A CSV field for COPY: NULL unquoted and empty, any value quoted with its quotes doubled. */
	private static void field(StringBuilder out, Object value) {
		if (value != null) {
			String text = value.toString();
			out.append('"');
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c == '"') {
					out.append('"');
				}
				out.append(c);
			}
			out.append('"');
		}
		out.append(',');
	}
}
