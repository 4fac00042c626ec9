package org.govict.personnel.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govict.personnel.ChangeKind;
import org.govict.personnel.PersonnelRecord;
import org.govict.personnel.RecordChange;
import org.govict.personnel.RecordSchema;
import org.govict.personnel.RecordState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Records and changes read in bulk for the data exchange: keyset pages, never offsets. */
@Repository
public class ExchangeRecords {

	private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ExchangeRecords(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** The records after {@code afterId} that the reach covers, in id order. */
	public List<PersonnelRecord> records(long afterId, int limit, ReadReach reach, RecordSchema schema,
			LocalDate today) {
		List<Object> params = new ArrayList<>();
		params.add(afterId);
		String condition = reach.condition(params, today);
		params.add(limit);
		return jdbc.sql("SELECT r.* FROM personnel_records r WHERE r.id > ? AND " + condition + " ORDER BY r.id LIMIT ?")
			.params(params)
			.query((rs, n) -> new PersonnelRecord(rs.getLong("id"), rs.getString("id_number"), rs.getLong("unit_id"),
					rs.getString("unit_path"), rs.getInt("version"), new RecordState(read(rs.getString("data"), schema)),
					rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant()))
			.list();
	}

	/** Every change of the given records, by record, in the order they take effect. */
	public Map<Long, List<RecordChange>> changesOf(List<Long> recordIds, RecordSchema schema) {
		Map<Long, List<RecordChange>> byRecord = new LinkedHashMap<>();
		recordIds.forEach(id -> byRecord.put(id, new ArrayList<>()));
		if (recordIds.isEmpty()) {
			return byRecord;
		}
		jdbc.sql("SELECT * FROM personnel_record_changes WHERE record_id = ANY(?) ORDER BY record_id, effective_on, id")
			.param(recordIds.toArray(Long[]::new))
			.query((rs, n) -> change(rs, schema))
			.list()
			.forEach(change -> byRecord.get(change.recordId()).add(change));
		return byRecord;
	}

	/** One change as the exchange reads it: where it stands in the feed, the person, and whether the reader may see it. */
	public record FeedEntry(ChangeCursor cursor, RecordChange change, String idNumber, long unitId, boolean visible) {
	}

	/**
	 * The next changes after {@code after} in feed order, those outside the reach marked invisible (so that the
	 * reader's cursor still moves past them).
	 * <p>
	 * Change ids are taken from a sequence when the change is written, not when its transaction commits: a
	 * transaction may take id 9, and another id 10 and commit first. A reader that had read 10 and moved its
	 * cursor past it would never see 9. So the feed is ordered by the writing transaction's id ({@code tx}, xid8)
	 * and then by id, and reads only changes of transactions older than the oldest one still running
	 * ({@code pg_snapshot_xmin(pg_current_snapshot())}): those have all committed (or rolled back) and are all
	 * visible to this query's snapshot, while a transaction still running, or one that starts later, has a tx at or
	 * above that horizon and so sorts after everything returned. Ordering by id alone would not do: a transaction
	 * may get its xid (at its first write) before another one and write its change after it.
	 */
	public List<FeedEntry> feed(ChangeCursor after, int limit, ReadReach reach, RecordSchema schema,
			LocalDate today) {
		List<Object> params = new ArrayList<>();
		String condition = reach.condition(params, today);
		params.add(after.tx());
		params.add(after.id());
		params.add(limit);
		return jdbc.sql("SELECT c.*, c.tx::text AS tx_text, r.id_number AS person_id_number, r.unit_id AS person_unit, ("
				+ condition + """
						) AS visible
						  FROM personnel_record_changes c JOIN personnel_records r ON r.id = c.record_id
						 WHERE (c.tx, c.id) > (CAST(CAST(? AS text) AS xid8), ?)
						   AND c.tx < pg_snapshot_xmin(pg_current_snapshot())
						 ORDER BY c.tx, c.id
						 LIMIT ?""")
			.params(params)
			.query((rs, n) -> new FeedEntry(new ChangeCursor(rs.getString("tx_text"), rs.getLong("id")), change(rs, schema),
					rs.getString("person_id_number"), rs.getLong("person_unit"), rs.getBoolean("visible")))
			.list();
	}

	/** The place after the last change every reader may already see: where a new subscriber starts. */
	public ChangeCursor endOfFeed() {
		return jdbc.sql("""
				SELECT tx::text, id FROM personnel_record_changes
				 WHERE tx < pg_snapshot_xmin(pg_current_snapshot())
				 ORDER BY tx DESC, id DESC LIMIT 1""")
			.query((rs, n) -> new ChangeCursor(rs.getString(1), rs.getLong(2)))
			.optional()
			.orElse(ChangeCursor.START);
	}

	private RecordChange change(ResultSet rs, RecordSchema schema) throws SQLException {
		return new RecordChange(rs.getLong("id"), rs.getLong("record_id"), ChangeKind.valueOf(rs.getString("kind")),
				rs.getObject("effective_on", LocalDate.class), rs.getTimestamp("recorded_at").toInstant(),
				rs.getString("recorded_by"), rs.getString("decision_number"),
				rs.getObject("decision_date", LocalDate.class), rs.getString("note"),
				read(rs.getString("changes"), schema), rs.getBoolean("applied"));
	}

	private Map<String, Object> read(String text, RecordSchema schema) {
		return Records.typed(json.readValue(text, MAP), schema);
	}
}
