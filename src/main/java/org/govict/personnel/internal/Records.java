package org.govict.personnel.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.regex.Pattern;

import org.govict.personnel.ChangeDetails;
import org.govict.personnel.ChangeKind;
import org.govict.personnel.FieldType;
import org.govict.personnel.PersonnelRecord;
import org.govict.personnel.RecordChange;
import org.govict.personnel.RecordField;
import org.govict.personnel.RecordHistory;
import org.govict.personnel.RecordPage;
import org.govict.personnel.RecordQuery;
import org.govict.personnel.RecordSchema;
import org.govict.personnel.RecordState;
import org.govict.personnel.RecordSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The records, their changes and their report periods in PostgreSQL. */
@Repository
public class Records {

	private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
	};

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

	private final JdbcClient jdbc;

	private final JsonMapper json;

	Records(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public Optional<PersonnelRecord> find(long id, RecordSchema schema) {
		return jdbc.sql("SELECT * FROM personnel_records WHERE id = ?").param(id).query((rs, n) -> record(rs, schema))
			.optional();
	}

	/** Locks the record's row for the rest of the transaction, so that two changes to it queue up. */
	public Optional<PersonnelRecord> lock(long id, RecordSchema schema) {
		return jdbc.sql("SELECT * FROM personnel_records WHERE id = ? FOR UPDATE")
			.param(id)
			.query((rs, n) -> record(rs, schema))
			.optional();
	}

	public Optional<Long> idOf(String idNumber) {
		return jdbc.sql("SELECT id FROM personnel_records WHERE id_number = ?").param(idNumber).query(Long.class)
			.optional();
	}

	public long insert(RecordState state, String unitPath) {
		return jdbc.sql("""
				INSERT INTO personnel_records (id_number, full_name, sex, birth_date, unit_id, unit_path, status,
				    rank_code, salary_grade, position_code, education_level, data)
				VALUES (:idNumber, :fullName, :sex, :birthDate, :unitId, :unitPath, :status, :rank, :grade, :position,
				    :education, CAST(:data AS jsonb))
				RETURNING id""")
			.paramSource(columns(state, unitPath))
			.query(Long.class)
			.single();
	}

	/** Writes the record as it stands today; false when someone else changed it since {@code version}. */
	public boolean update(long id, int version, RecordState state, String unitPath) {
		Map<String, Object> params = columns(state, unitPath);
		params.put("id", id);
		params.put("version", version);
		return jdbc.sql("""
				UPDATE personnel_records SET id_number = :idNumber, full_name = :fullName, sex = :sex,
				    birth_date = :birthDate, unit_id = :unitId, unit_path = :unitPath, status = :status,
				    rank_code = :rank, salary_grade = :grade, position_code = :position, education_level = :education,
				    data = CAST(:data AS jsonb), updated_at = now(), version = version + 1
				WHERE id = :id AND version = :version""").paramSource(params).update() == 1;
	}

	public long insertChange(long recordId, ChangeDetails details, LocalDate effectiveOn, String recordedBy,
			Map<String, Object> changes, boolean applied) {
		return jdbc.sql("""
				INSERT INTO personnel_record_changes (record_id, kind, effective_on, recorded_by, decision_number,
				    decision_date, note, changes, applied)
				VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?)
				RETURNING id""")
			.params(recordId, details.kind().name(), effectiveOn, recordedBy, details.decisionNumber(),
					details.decisionDate(), details.note(), write(changes), applied)
			.query(Long.class)
			.single();
	}

	public List<RecordChange> changes(long recordId, RecordSchema schema) {
		return jdbc.sql("SELECT * FROM personnel_record_changes WHERE record_id = ? ORDER BY effective_on, id")
			.param(recordId)
			.query((rs, n) -> change(rs, schema))
			.list();
	}

	/** The records with changes that have come into effect but were not applied yet. */
	public List<Long> recordsWithPendingChanges(LocalDate today) {
		return jdbc.sql("SELECT DISTINCT record_id FROM personnel_record_changes WHERE NOT applied AND effective_on <= ?")
			.param(today)
			.query(Long.class)
			.list();
	}

	public void markApplied(long recordId, LocalDate today) {
		jdbc.sql("UPDATE personnel_record_changes SET applied = TRUE WHERE record_id = ? AND NOT applied AND effective_on <= ?")
			.params(recordId, today)
			.update();
	}

	/** Replaces the record's report periods with those of its history. */
	public void replacePeriods(long recordId, List<RecordHistory.Period> periods, LongFunction<String> unitPaths) {
		jdbc.sql("DELETE FROM personnel_record_periods WHERE record_id = ?").param(recordId).update();
		for (RecordHistory.Period period : periods) {
			RecordState s = period.state();
			if (s.unitId() == null || s.sex() == null || !s.has("birth_date")) {
				continue;
			}
			jdbc.sql("""
					INSERT INTO personnel_record_periods (record_id, valid_from, valid_to, unit_id, unit_path, sex,
					    birth_date, status, staff_group, salary_grade, rank_code, position_code, education_level,
					    political_theory, state_management, it_level, language_level, party_joined, ethnic_code,
					    religion_code, coefficient)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(recordId, period.from(), period.to(), s.unitId(), unitPaths.apply(s.unitId()), s.text("sex"),
						s.birthDate(), s.status(), s.text("staff_group"), s.text("salary_grade"), s.text("rank_code"),
						s.text("position_code"), s.text("education_level"), s.text("political_theory"),
						s.text("state_management"), s.text("it_level"), s.text("language_level"),
						s.has("party_joined") ? s.date("party_joined") : null, s.text("ethnic_code"),
						s.text("religion_code"), s.decimal("coefficient"))
				.update();
		}
	}

	/** Keeps the copied unit paths in step when the subtree of a unit moves to its new path. */
	public void moveSubtree(long unitId, String newPath) {
		String marker = "/" + unitId + "/";
		for (String table : List.of("personnel_records", "personnel_record_periods")) {
			jdbc.sql("UPDATE " + table + " SET unit_path = ? || substr(unit_path, strpos(unit_path, ?) + ?) "
					+ "WHERE unit_path LIKE ? AND unit_path NOT LIKE ?")
				.params(newPath, marker, marker.length(), "%" + marker + "%", newPath + "%")
				.update();
		}
	}

	public long countInUnit(long unitId) {
		return jdbc.sql("SELECT count(*) FROM personnel_records WHERE unit_id = ? AND status IN ('ACTIVE', 'SECONDED')")
			.param(unitId)
			.query(Long.class)
			.single();
	}

	/**
	 * Searches within path prefixes (null: everywhere). A name is folded the way search_fold() folds it and split
	 * into words; all words must be found, the last one as a prefix (the user may not have finished typing it), so
	 * the 'simple' text search index answers it. Digits search the ID number from its start.
	 */
	public RecordPage search(RecordQuery query, List<String> prefixes, String unitPrefix) {
		String text = query.text() == null ? "" : query.text().strip();
		Criteria criteria = criteria(query, prefixes, unitPrefix, false);
		if (criteria == null) {
			return new RecordPage(List.of(), query.page(), query.size(), 0, false);
		}
		Map<String, Object> params = criteria.params();
		boolean byName = params.containsKey("words");
		RecordPage found = page(query, criteria.where(), params, byName ? pairsShare(words(text)) : 0);
		String byWords = byName ? wordsQuery(text) : null;
		if (found.total() == 0 && byWords != null && !byWords.equals(params.get("words"))) {
			// The pairs found nobody: the query may skip words of the name ("nguyen thu trang").
			params.put("words", byWords);
			found = page(query, criteria.where(), params, wordsShare(words(text)));
		}
		return found;
	}

	/** The WHERE clause of a search and its parameters; null when nothing can match. */
	public record Criteria(StringBuilder where, Map<String, Object> params) {
	}

	/**
	 * The conditions of a search, for the search itself and for exports of all its results.
	 * @param wordsOnly whether a name must hold all the words (an export), rather than the word pairs first
	 */
	public Criteria criteria(RecordQuery query, List<String> prefixes, String unitPrefix, boolean wordsOnly) {
		StringBuilder where = new StringBuilder("TRUE");
		Map<String, Object> params = new LinkedHashMap<>();
		if (prefixes != null) {
			if (prefixes.isEmpty()) {
				return null;
			}
			where.append(" AND unit_path LIKE ANY(CAST(:prefixes AS text[]))");
			params.put("prefixes", prefixes.stream().map(p -> p + "%").toArray(String[]::new));
		}
		if (unitPrefix != null) {
			where.append(" AND unit_path LIKE :unitPrefix");
			params.put("unitPrefix", unitPrefix + "%");
		}
		String text = query.text() == null ? "" : query.text().strip();
		String digits = text.replaceAll("[\\s.]", "");
		if (!text.isEmpty() && digits.matches("[0-9]{3,12}")) {
			where.append(" AND id_number LIKE :idPrefix");
			params.put("idPrefix", digits + "%");
		}
		else if (!text.isEmpty()) {
			String tsQuery = wordsOnly ? wordsQuery(text) : nameQuery(text);
			if (tsQuery.isEmpty()) {
				return null;
			}
			where.append(" AND name_tokens @@ CAST(:words AS tsquery)");
			params.put("words", tsQuery);
		}
		filter(where, params, "rank_code", query.rankCode());
		filter(where, params, "position_code", query.positionCode());
		filter(where, params, "education_level", query.educationLevel());
		filter(where, params, "status", query.status());
		LocalDate on = query.ageOn() == null ? LocalDate.now() : query.ageOn();
		if (query.ageFrom() != null) {
			where.append(" AND birth_date <= :bornBy");
			params.put("bornBy", on.minusYears(query.ageFrom()));
		}
		if (query.ageTo() != null) {
			where.append(" AND birth_date > :bornAfter");
			params.put("bornAfter", on.minusYears(query.ageTo() + 1L));
		}
		return new Criteria(where, params);
	}

	/**
	 * One page of results. Where the name matches a large share of the registry ("nguyen", "thi"), the page walks the
	 * records in id order, which finds a page of matches at once whatever the letter they sort under, and the count
	 * is not taken beyond what the statistics promise. Otherwise the matches are few: they are read from the name
	 * index and sorted by name. (Left to itself, the planner walks the name order for a selective query too, and
	 * reads two million names to reach "Trần" past the Nguyễns.)
	 */
	private RecordPage page(RecordQuery query, StringBuilder where, Map<String, Object> params, double share) {
		params.put("limit", query.size());
		params.put("offset", (long) query.page() * query.size());
		long expected = Math.round(share * statistics().rows());
		boolean broad = expected > BROAD_MATCHES;
		boolean byName = params.containsKey("words");
		String sql = broad || !byName ? """
				SELECT id, id_number, full_name, sex, birth_date, unit_id, status, rank_code, position_code,
				    education_level
				FROM personnel_records WHERE %s
				ORDER BY""" + (broad ? " id" : " name_folded, id") + " LIMIT :limit OFFSET :offset" : """
				SELECT * FROM (SELECT id, id_number, full_name, name_folded, sex, birth_date, unit_id, status,
				    rank_code, position_code, education_level, count(*) OVER () AS matches
				    FROM personnel_records WHERE %s OFFSET 0) matches
				ORDER BY name_folded, id LIMIT :limit OFFSET :offset""";
		long[] counted = { -1 };
		List<RecordSummary> items = jdbc.sql(sql.formatted(where))
			.params(params)
			.query((rs, n) -> {
				if (n == 0 && !broad && byName) {
					counted[0] = rs.getLong("matches");
				}
				return new RecordSummary(rs.getLong("id"), rs.getString("id_number"), rs.getString("full_name"),
						rs.getString("sex"), rs.getObject("birth_date", LocalDate.class), rs.getLong("unit_id"),
						rs.getString("status"), rs.getString("rank_code"), rs.getString("position_code"),
						rs.getString("education_level"));
			})
			.list();
		long total;
		if (query.page() == 0 && items.size() < query.size()) {
			total = items.size();
		}
		else if (counted[0] >= 0) {
			// the few matches were all read to sort them: their number came with them
			total = counted[0];
		}
		else if (expected > RecordPage.COUNT_LIMIT) {
			total = RecordPage.COUNT_LIMIT + 1;
		}
		else {
			params.put("countLimit", RecordPage.COUNT_LIMIT + 1);
			total = jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM personnel_records WHERE %s LIMIT :countLimit) c"
				.formatted(where)).params(params).query(Long.class).single();
		}
		boolean capped = total > RecordPage.COUNT_LIMIT;
		return new RecordPage(items, query.page(), query.size(), capped ? RecordPage.COUNT_LIMIT : total, capped);
	}

	/** Above this many expected matches a name search walks the id order instead of sorting its matches by name. */
	static final long BROAD_MATCHES = 5_000;

	private volatile NameStatistics statistics;

	/** The shares of the most common name lexemes, from ANALYZE's statistics, read again every ten minutes. */
	NameStatistics statistics() {
		NameStatistics current = statistics;
		if (current == null || current.readAt().isBefore(Instant.now().minusSeconds(600))) {
			Map<String, Double> shares = new java.util.HashMap<>();
			jdbc.sql("""
					SELECT most_common_elems::text::text[] AS elems, most_common_elem_freqs AS freqs FROM pg_stats
					WHERE tablename = 'personnel_records' AND attname = 'name_tokens'""").query(rs -> {
				java.sql.Array elems = rs.getArray("elems");
				java.sql.Array freqs = rs.getArray("freqs");
				if (elems != null && freqs != null) {
					String[] lexemes = (String[]) elems.getArray();
					Float[] values = (Float[]) freqs.getArray();
					for (int i = 0; i < lexemes.length && i < values.length; i++) {
						shares.put(lexemes[i], values[i].doubleValue());
					}
				}
			});
			long rows = jdbc.sql("SELECT greatest(reltuples, 0)::bigint FROM pg_class WHERE relname = 'personnel_records'")
				.query(Long.class)
				.optional()
				.orElse(0L);
			current = new NameStatistics(shares, rows, Instant.now());
			statistics = current;
		}
		return current;
	}

	record NameStatistics(Map<String, Double> shares, long rows, Instant readAt) {

		/** The share of records holding the lexeme, or any lexeme it begins, among the common ones; 0 if rare. */
		double share(String lexeme, boolean prefix) {
			double total = 0;
			for (Map.Entry<String, Double> entry : shares.entrySet()) {
				if (entry.getKey().equals(lexeme) || prefix && entry.getKey().startsWith(lexeme)) {
					total += entry.getValue();
				}
			}
			return Math.min(total, 1);
		}
	}

	private double pairsShare(List<String> words) {
		NameStatistics stats = statistics();
		if (words.size() == 1) {
			return stats.share(words.get(0), true);
		}
		double share = 1;
		for (int i = 0; i + 1 < words.size(); i++) {
			share = Math.min(share, stats.share(words.get(i) + "_" + words.get(i + 1), i + 2 == words.size()));
		}
		if (words.size() == 2) {
			share = Math.min(1, share + stats.share(words.get(0) + "__" + words.get(1), true));
		}
		return share;
	}

	private double wordsShare(List<String> words) {
		NameStatistics stats = statistics();
		double share = 1;
		for (int i = 0; i < words.size(); i++) {
			share = Math.min(share, stats.share(words.get(i), i + 1 == words.size()));
		}
		return words.isEmpty() ? 0 : share;
	}

	private static void filter(StringBuilder where, Map<String, Object> params, String column, String value) {
		if (value != null && !value.isBlank()) {
			where.append(" AND ").append(column).append(" = :").append(column);
			params.put(column, value);
		}
	}

	/** Folds like SQL search_fold(): decomposed, marks dropped, đ as d, lower case. */
	public static String fold(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		return MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
	}

	/**
	 * A name as a query of the lexemes V13 indexes: one word is itself, as a prefix ("nguy" → 'nguy':*); two or more are
	 * their adjacent pairs, the last as a prefix ("nguyen thi thu tr" → 'nguyen_thi' &amp; 'thi_thu' &amp; 'thu_tr':*), and
	 * two words may also be a surname with a given name ('nguyen__trang':*). Empty when the text has no word.
	 */
	public static String nameQuery(String text) {
		List<String> words = words(text);
		if (words.isEmpty()) {
			return "";
		}
		if (words.size() == 1) {
			return "'" + words.get(0) + "':*";
		}
		StringBuilder query = new StringBuilder();
		for (int i = 0; i + 1 < words.size(); i++) {
			if (i > 0) {
				query.append(" & ");
			}
			query.append("'").append(words.get(i)).append('_').append(words.get(i + 1)).append("'");
		}
		query.append(":*");
		if (words.size() == 2) {
			return "(" + query + " | '" + words.get(0) + "__" + words.get(1) + "':*)";
		}
		return query.toString();
	}

	/**
	 * The words of a name, each required, the last as a prefix: for names whose words the query skips ("nguyen thu
	 * trang" for Nguyễn Thị Thu Trang), asked when the pairs found nobody.
	 */
	public static String wordsQuery(String text) {
		List<String> words = words(text);
		if (words.isEmpty()) {
			return "";
		}
		StringBuilder query = new StringBuilder();
		for (int i = 0; i < words.size(); i++) {
			query.append(i > 0 ? " & " : "").append("'").append(words.get(i)).append("'");
		}
		return query.append(":*").toString();
	}

	private static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		for (String word : NOT_WORD.split(fold(text))) {
			if (!word.isEmpty()) {
				words.add(word);
			}
		}
		return words;
	}

	private Map<String, Object> columns(RecordState state, String unitPath) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("idNumber", state.idNumber());
		params.put("fullName", state.fullName());
		params.put("sex", state.text("sex"));
		params.put("birthDate", state.birthDate());
		params.put("unitId", state.unitId());
		params.put("unitPath", unitPath);
		params.put("status", state.status());
		params.put("rank", state.text("rank_code"));
		params.put("grade", state.text("salary_grade"));
		params.put("position", state.text("position_code"));
		params.put("education", state.text("education_level"));
		params.put("data", write(state.values()));
		return params;
	}

	/** A record's fields from their JSON, each value with its field's type. */
	public RecordState state(String data, RecordSchema schema) {
		return new RecordState(read(data, schema));
	}

	String write(Map<String, Object> values) {
		return json.writeValueAsString(values);
	}

	Map<String, Object> read(String text, RecordSchema schema) {
		return typed(json.readValue(text, MAP), schema);
	}

	/** JSON numbers come back as Integer or Double; give each field its type again. */
	static Map<String, Object> typed(Map<String, Object> raw, RecordSchema schema) {
		Map<String, Object> typed = new LinkedHashMap<>();
		raw.forEach((key, value) -> {
			FieldType type = schema.field(key).map(RecordField::type).orElse(FieldType.TEXT);
			if (value == null) {
				typed.put(key, null);
			}
			else if (type == FieldType.INTEGER || type == FieldType.UNIT) {
				typed.put(key, value instanceof Number n ? n.longValue() : Long.valueOf(value.toString()));
			}
			else if (type == FieldType.DECIMAL) {
				typed.put(key, new BigDecimal(value.toString()).setScale(2, java.math.RoundingMode.HALF_UP));
			}
			else {
				typed.put(key, value);
			}
		});
		return typed;
	}

	private PersonnelRecord record(ResultSet rs, RecordSchema schema) throws SQLException {
		return new PersonnelRecord(rs.getLong("id"), rs.getString("id_number"), rs.getLong("unit_id"),
				rs.getString("unit_path"), rs.getInt("version"), new RecordState(read(rs.getString("data"), schema)),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
	}

	private RecordChange change(ResultSet rs, RecordSchema schema) throws SQLException {
		Timestamp recorded = rs.getTimestamp("recorded_at");
		return new RecordChange(rs.getLong("id"), rs.getLong("record_id"), ChangeKind.valueOf(rs.getString("kind")),
				rs.getObject("effective_on", LocalDate.class), recorded.toInstant(), rs.getString("recorded_by"),
				rs.getString("decision_number"), rs.getObject("decision_date", LocalDate.class), rs.getString("note"),
				read(rs.getString("changes"), schema), rs.getBoolean("applied"));
	}

	static Instant now() {
		return Instant.now();
	}
}
