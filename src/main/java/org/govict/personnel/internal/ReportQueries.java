package org.govict.personnel.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import org.govict.personnel.RecordSchema;
import org.govict.personnel.RecordState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the reports, due lists and data quality checks; each query is limited to the caller's subtrees. */
@Repository
public class ReportQueries {

	private static final String IN_SERVICE = "status IN ('ACTIVE', 'SECONDED')";

	private final JdbcClient jdbc;

	private final Records records;

	ReportQueries(JdbcClient jdbc, Records records) {
		this.jdbc = jdbc;
		this.records = records;
	}

	/** A group of the BM01 query: the child unit's id (empty for the chosen unit itself), the demography key. */
	public record WorkforceGroup(String child, int demography, long people, List<BigInteger> packed) {
	}

	/**
	 * The BM01 groups of the people in service on {@code day} under {@code prefix} (null: everyone), by the id at
	 * position {@code childPart} of their unit path (split_part: '/1/4/17/' has 1 at 2, 4 at 3, 17 at 4); the
	 * first two positions are the generated columns unit_level1 and unit_level2.
	 * <p>
	 * Two branches, each answered by an index-only scan of one partial covering index of V11: the open periods
	 * (valid_to IS NULL) of people in service, which is all of "today"; and the closed periods still running on the
	 * day (valid_to &gt; D), which are few for recent days (changes recorded ahead of their date) and many for days
	 * long past. Each row gives one small group key (child unit, and sex + age band + past retirement age + Party
	 * member on D folded into an int) and seven packed sums of the attributes that do not depend on D, so the
	 * aggregate is one hash probe and eight additions per row, in parallel workers, over a few thousand groups.
	 * <p>
	 * Three planner settings hold for this transaction only: the planner cannot know that the key has at most a few
	 * hundred values per unit and would sort millions of rows for a group aggregate (enable_sort off); a plan
	 * cached for any prefix cannot turn LIKE '/1/4/%' into an index range, so every run is planned for its own
	 * prefix (force_custom_plan); and the covering indexes are read in index order from SSD or cache, not from a
	 * spinning disk (random_page_cost 1.1), so that the whole country is read from the narrow index rather than the
	 * table.
	 */
	public List<WorkforceGroup> workforce(String prefix, int childPart, LocalDate day, LocalDate[] bandLimits,
			LocalDate pastRetirementMen, LocalDate pastRetirementWomen) {
		String where = IN_SERVICE + (prefix == null ? "" : " AND unit_path LIKE :prefix") + " AND valid_from <= :day";
		String columns = "unit_path, unit_level1, unit_level2, sex, birth_date, party_joined, bm01_rank_high, "
				+ "bm01_rank_low, bm01_degree, bm01_theory, bm01_management, bm01_skills, bm01_language";
		String child = childPart == 2 ? "unit_level1" : childPart == 3 ? "unit_level2" : "split_part(unit_path, '/', :part)";
		String sql = """
				SELECT %s AS child,
				       (CASE WHEN sex = 'F' THEN 1 ELSE 0 END) + 2 * width_bucket(birth_date, CAST(:limits AS date[]))
				       + (CASE WHEN birth_date < (CASE WHEN sex = 'F' THEN :pastWomen ELSE :pastMen END) THEN 32 ELSE 0 END)
				       + (CASE WHEN party_joined <= :day THEN 64 ELSE 0 END) AS demography,
				       count(*) AS people, sum(bm01_rank_high) AS p0, sum(bm01_rank_low) AS p1, sum(bm01_degree) AS p2,
				       sum(bm01_theory) AS p3, sum(bm01_management) AS p4, sum(bm01_skills) AS p5, sum(bm01_language) AS p6
				FROM (SELECT %s FROM personnel_record_periods WHERE valid_to IS NULL AND %s
				      UNION ALL
				      SELECT %s FROM personnel_record_periods WHERE valid_to IS NOT NULL AND valid_to > :day AND %s) p
				GROUP BY 1, 2""".formatted(child, columns, where, columns, where);
		Map<String, Object> params = new LinkedHashMap<>();
		if (childPart > 3) {
			params.put("part", childPart);
		}
		params.put("limits", dateArray(bandLimits));
		params.put("pastWomen", pastRetirementWomen);
		params.put("pastMen", pastRetirementMen);
		params.put("day", day);
		if (prefix != null) {
			params.put("prefix", prefix + "%");
		}
		jdbc.sql("SELECT set_config('enable_sort', 'off', true), set_config('plan_cache_mode', 'force_custom_plan', true), "
				+ "set_config('random_page_cost', '1.1', true)").query(rs -> {
				});
		List<WorkforceGroup> groups = jdbc.sql(sql).params(params).query((rs, n) -> {
			List<BigInteger> packed = new ArrayList<>(7);
			for (int i = 0; i < 7; i++) {
				BigDecimal sum = rs.getBigDecimal("p" + i);
				packed.add(sum == null ? BigInteger.ZERO : sum.toBigInteger());
			}
			String id = rs.getString("child");
			return new WorkforceGroup(id == null ? "" : id, rs.getInt("demography"), rs.getLong("people"), packed);
		}).list();
		return groups;
	}

	private static String dateArray(LocalDate[] dates) {
		StringBuilder text = new StringBuilder("{");
		for (int i = 0; i < dates.length; i++) {
			text.append(i == 0 ? "" : ",").append(dates[i]);
		}
		return text.append('}').toString();
	}

	// ---- BM02: the list and salaries ----

	/** One person of BM02: the record's id and name now, and the unit path on the day. */
	public record ListedPerson(long recordId, String fullName, long unitId) {
	}

	/** The people in service on {@code day} in the subtrees, by unit then name; a page of them. */
	public List<ListedPerson> peopleOn(LocalDate day, List<String> scope, String unitPrefix, int offset, int limit) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = scopeFilter("p.unit_path", scope, unitPrefix, params);
		params.put("day", day);
		params.put("offset", offset);
		params.put("limit", limit);
		return jdbc.sql("""
				SELECT p.record_id, r.full_name, p.unit_id
				FROM personnel_record_periods p JOIN personnel_records r ON r.id = p.record_id
				WHERE p.%s AND p.valid_from <= :day AND (p.valid_to IS NULL OR p.valid_to > :day) AND %s
				ORDER BY p.unit_path, search_fold(r.full_name), p.record_id
				OFFSET :offset LIMIT :limit""".formatted(IN_SERVICE, where))
			.params(params)
			.query((rs, n) -> new ListedPerson(rs.getLong(1), rs.getString(2), rs.getLong(3)))
			.list();
	}

	public long countPeopleOn(LocalDate day, List<String> scope, String unitPrefix) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = scopeFilter("unit_path", scope, unitPrefix, params);
		params.put("day", day);
		return jdbc.sql("""
				SELECT count(*) FROM personnel_record_periods
				WHERE %s AND valid_from <= :day AND (valid_to IS NULL OR valid_to > :day) AND %s"""
			.formatted(IN_SERVICE, where)).params(params).query(Long.class).single();
	}

	/** The changes of the records in the order they take effect, by record: for reading many records as of a day. */
	public void changesOf(List<Long> recordIds, RecordSchema schema, BiConsumer<Long, Map<String, Object>> change,
			LocalDate upTo) {
		if (recordIds.isEmpty()) {
			return;
		}
		jdbc.sql("""
				SELECT record_id, changes FROM personnel_record_changes
				WHERE record_id = ANY(CAST(:ids AS bigint[])) AND effective_on <= :day
				ORDER BY record_id, effective_on, id""")
			.param("ids", recordIds.toArray(Long[]::new))
			.param("day", upTo)
			.query(rs -> {
				change.accept(rs.getLong(1), records.read(rs.getString(2), schema));
			});
	}

	// ---- Due lists ----

	/** A record in service as it stands today, for the due lists and quality checks. */
	public record CurrentRecord(long id, String fullName, String idNumber, String sex, LocalDate birthDate,
			long unitId, RecordState state, java.time.Instant updatedAt) {
	}

	/**
	 * People whose current step began in one of two ranges of days: A grades (3 years a step) and B and C grades
	 * (2 years). The dates are ISO text in the record's document, so a range of text is a range of days; an
	 * expression index of V11 answers it.
	 */
	public List<CurrentRecord> salarySince(LocalDate aFrom, LocalDate aTo, LocalDate bcFrom, LocalDate bcTo,
			List<String> scope, RecordSchema schema) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = scopeFilter("unit_path", scope, null, params);
		params.put("aFrom", aFrom.toString());
		params.put("aTo", aTo.toString());
		params.put("bFrom", bcFrom.toString());
		params.put("bTo", bcTo.toString());
		return current("""
				%s AND %s AND ((salary_grade LIKE 'A%%' AND (data ->> 'salary_since') BETWEEN :aFrom AND :aTo)
				  OR ((salary_grade LIKE 'B%%' OR salary_grade LIKE 'C%%') AND (data ->> 'salary_since') BETWEEN :bFrom AND :bTo))"""
			.formatted(IN_SERVICE, where), params, schema);
	}

	/** People in service of one sex born in a range of days. */
	public List<CurrentRecord> bornBetween(String sex, LocalDate from, LocalDate toExclusive, List<String> scope,
			RecordSchema schema) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = scopeFilter("unit_path", scope, null, params);
		params.put("sex", sex);
		params.put("from", from);
		params.put("to", toExclusive);
		return current("%s AND %s AND sex = :sex AND birth_date >= :from AND birth_date < :to".formatted(IN_SERVICE,
				where), params, schema);
	}

	// ---- Data quality ----

	/** Records in service that lack one of the fields, a page of them, in name order. */
	public List<CurrentRecord> missingAny(List<String> fields, List<String> scope, int offset, int limit,
			RecordSchema schema) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = scopeFilter("unit_path", scope, null, params) + " AND " + IN_SERVICE + " AND ("
				+ missing(fields) + ")";
		params.put("offset", offset);
		params.put("limit", limit);
		return current(where + " ORDER BY search_fold(full_name), id OFFSET :offset LIMIT :limit", params, schema);
	}

	public long countMissingAny(List<String> fields, List<String> scope) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = scopeFilter("unit_path", scope, null, params) + " AND " + IN_SERVICE + " AND ("
				+ missing(fields) + ")";
		return jdbc.sql("SELECT count(*) FROM personnel_records WHERE " + where).params(params).query(Long.class)
			.single();
	}

	private static String missing(List<String> fields) {
		List<String> tests = new ArrayList<>();
		for (String field : fields) {
			if (!field.matches("[a-z_]+")) {
				throw new IllegalArgumentException(field);
			}
			tests.add("coalesce(data ->> '" + field + "', '') = ''");
		}
		return String.join(" OR ", tests);
	}

	/**
	 * Records whose ID number breaks a rule that the number shows against the record: not twelve digits, an unknown
	 * province, a century digit of the other sex, or a century or year that is not the year of birth. The Java
	 * rules confirm each one and give the reasons.
	 */
	public List<CurrentRecord> suspectIds(Set<String> provinceCodes, List<String> scope, RecordSchema schema) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = scopeFilter("unit_path", scope, null, params);
		params.put("provinces", provinceCodes.toArray(String[]::new));
		return current("""
				%s AND (id_number !~ '^[0-9]{12}$' OR substr(id_number, 1, 3) <> ALL(CAST(:provinces AS text[]))
				  OR (CASE WHEN id_number ~ '^[0-9]{12}$' THEN
				        (substr(id_number, 4, 1)::int %% 2 = 1) <> (sex = 'F')
				        OR 1900 + substr(id_number, 4, 1)::int / 2 * 100 <> extract(year FROM birth_date)::int / 100 * 100
				        OR substr(id_number, 5, 2)::int <> extract(year FROM birth_date)::int %% 100
				      ELSE FALSE END))
				ORDER BY search_fold(full_name), id LIMIT 1000""".formatted(where), params, schema);
	}

	/** Groups of records with the same name (ignoring diacritics and case) and date of birth. */
	public List<List<Long>> sameNameAndBirth(List<String> scope, int limit) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = scopeFilter("unit_path", scope, null, params);
		params.put("limit", limit);
		return jdbc.sql("""
				SELECT array_agg(id ORDER BY id) FROM personnel_records WHERE %s
				GROUP BY search_fold(full_name), birth_date HAVING count(*) > 1
				ORDER BY min(search_fold(full_name)) LIMIT :limit""".formatted(where))
			.params(params)
			.query((rs, n) -> longs(rs.getArray(1)))
			.list();
	}

	/** Records with a decision attached after their last change. */
	public List<CurrentRecord> decisionsNotApplied(List<String> scope, RecordSchema schema) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = scopeFilter("unit_path", scope, null, params);
		return current("""
				%s AND EXISTS (SELECT 1 FROM personnel_documents d WHERE d.record_id = personnel_records.id
				    AND d.kind = 'DECISION' AND d.uploaded_at > personnel_records.updated_at)
				ORDER BY search_fold(full_name), id LIMIT 1000""".formatted(where), params, schema);
	}

	public List<CurrentRecord> byIds(List<Long> ids, RecordSchema schema) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("ids", ids.toArray(Long[]::new));
		return current("id = ANY(CAST(:ids AS bigint[])) ORDER BY id", params, schema);
	}

	private List<CurrentRecord> current(String where, Map<String, Object> params, RecordSchema schema) {
		return jdbc.sql("SELECT id, full_name, id_number, sex, birth_date, unit_id, data, updated_at "
				+ "FROM personnel_records WHERE " + where).params(params).query((rs, n) -> current(rs, schema)).list();
	}

	private CurrentRecord current(ResultSet rs, RecordSchema schema) throws SQLException {
		return new CurrentRecord(rs.getLong("id"), rs.getString("full_name"), rs.getString("id_number"),
				rs.getString("sex"), rs.getObject("birth_date", LocalDate.class), rs.getLong("unit_id"),
				new RecordState(records.read(rs.getString("data"), schema)), rs.getTimestamp("updated_at").toInstant());
	}

	/**
	 * The filter of the caller's subtrees (null: everywhere; empty: nowhere) and of one chosen subtree (null: all of
	 * the caller's).
	 */
	static String scopeFilter(String column, List<String> scope, String unitPrefix, Map<String, Object> params) {
		StringBuilder where = new StringBuilder();
		if (scope == null) {
			where.append("TRUE");
		}
		else if (scope.isEmpty()) {
			where.append("FALSE");
		}
		else {
			where.append(column).append(" LIKE ANY(CAST(:scope AS text[]))");
			params.put("scope", scope.stream().map(p -> p + "%").toArray(String[]::new));
		}
		if (unitPrefix != null) {
			where.append(" AND ").append(column).append(" LIKE :unitPrefix");
			params.put("unitPrefix", unitPrefix + "%");
		}
		return where.toString();
	}

	private static List<Long> longs(Array array) throws SQLException {
		List<Long> ids = new ArrayList<>();
		for (Object id : (Object[]) array.getArray()) {
			ids.add(((Number) id).longValue());
		}
		return ids;
	}
}
