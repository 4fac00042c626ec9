package org.govict.personnel.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
	 * <p>
	 * The band limits are written into the statement as a date[] constant (dates this class formats, never text
	 * from a caller): a text parameter cast to date[] is parsed again for every row, which tripled the time.
	 */
	public List<WorkforceGroup> workforce(String prefix, int childPart, LocalDate day, LocalDate[] bandLimits,
			LocalDate pastRetirementMen, LocalDate pastRetirementWomen) {
		String where = IN_SERVICE + (prefix == null ? "" : " AND unit_path LIKE :prefix") + " AND valid_from <= :day";
		String columns = "unit_path, unit_level1, unit_level2, sex, birth_date, party_joined, bm01_rank_high, "
				+ "bm01_rank_low, bm01_degree, bm01_theory, bm01_management, bm01_skills, bm01_language";
		String child = childPart == 2 ? "unit_level1" : childPart == 3 ? "unit_level2" : "split_part(unit_path, '/', :part)";
		String sql = """
				SELECT %s AS child,
				       (CASE WHEN sex = 'F' THEN 1 ELSE 0 END) + 2 * width_bucket(birth_date, CAST('%s' AS date[]))
				       + (CASE WHEN birth_date < (CASE WHEN sex = 'F' THEN :pastWomen ELSE :pastMen END) THEN 32 ELSE 0 END)
				       + (CASE WHEN party_joined <= :day THEN 64 ELSE 0 END) AS demography,
				       count(*) AS people, sum(bm01_rank_high) AS p0, sum(bm01_rank_low) AS p1, sum(bm01_degree) AS p2,
				       sum(bm01_theory) AS p3, sum(bm01_management) AS p4, sum(bm01_skills) AS p5, sum(bm01_language) AS p6
				FROM (SELECT %s FROM personnel_record_periods WHERE valid_to IS NULL AND %s
				      UNION ALL
				      SELECT %s FROM personnel_record_periods WHERE valid_to IS NOT NULL AND valid_to > :day AND %s) p
				GROUP BY 1, 2""".formatted(child, dateArray(bandLimits), columns, where, columns, where);
		Map<String, Object> params = new LinkedHashMap<>();
		if (childPart > 3) {
			params.put("part", childPart);
		}
		params.put("pastWomen", pastRetirementWomen);
		params.put("pastMen", pastRetirementMen);
		params.put("day", day);
		if (prefix != null) {
			params.put("prefix", prefix + "%");
		}
		jdbc.sql("SELECT set_config('enable_sort', 'off', true), set_config('plan_cache_mode', 'force_custom_plan', true), "
				+ "set_config('random_page_cost', '1.1', true)").query(rs -> {
				});
		return jdbc.sql(sql).params(params).query(ReportQueries::workforceGroup).list();
	}

	private static WorkforceGroup workforceGroup(ResultSet rs, int row) throws SQLException {
		List<BigInteger> packed = new ArrayList<>(7);
		for (int i = 0; i < 7; i++) {
			BigDecimal sum = rs.getBigDecimal("p" + i);
			packed.add(sum == null ? BigInteger.ZERO : sum.toBigInteger());
		}
		String id = rs.getString("child");
		return new WorkforceGroup(id == null ? "" : id, rs.getInt("demography"), rs.getLong("people"), packed);
	}

	// ---- BM01 tallies of kept days (V14) ----

	/** When the kept day was last used, or empty when the registry does not keep its tallies. */
	public Optional<OffsetDateTime> keptDayUsedAt(LocalDate day) {
		return jdbc.sql("SELECT used_at FROM personnel_bm01_days WHERE day = ?")
			.param(day)
			.query(OffsetDateTime.class)
			.optional();
	}

	/** How long the statements of this transaction wait for a lock, such as "10s". */
	public void setLockTimeout(String timeout) {
		jdbc.sql("SELECT set_config('lock_timeout', ?, true)").param(timeout).query(rs -> {
		});
	}

	/** A kept day with the limits its cells were counted by. */
	public record KeptDay(LocalDate day, List<LocalDate> ageLimits, LocalDate pastMen, LocalDate pastWomen) {

		public boolean matches(LocalDate[] bandLimits, LocalDate pastRetirementMen, LocalDate pastRetirementWomen) {
			return ageLimits.equals(List.of(bandLimits)) && pastMen.equals(pastRetirementMen)
					&& pastWomen.equals(pastRetirementWomen);
		}
	}

	public List<KeptDay> keptDayLimits() {
		return jdbc.sql("SELECT day, CAST(age_limits AS text[]) AS limits, past_men, past_women FROM personnel_bm01_days")
			.query((rs, n) -> {
				String[] limits = (String[]) rs.getArray("limits").getArray();
				return new KeptDay(rs.getObject("day", LocalDate.class),
						java.util.Arrays.stream(limits).map(LocalDate::parse).toList(),
						rs.getObject("past_men", LocalDate.class), rs.getObject("past_women", LocalDate.class));
			})
			.list();
	}

	/** The kept days, the least recently used first. */
	public List<LocalDate> keptDays() {
		return jdbc.sql("SELECT day FROM personnel_bm01_days ORDER BY used_at, day").query(LocalDate.class).list();
	}

	/**
	 * The same groups as {@link #workforce} for a kept day, added up from its cells: one row per unit and
	 * demography rather than one per person. As there, the groups are hashed, never sorted.
	 */
	public List<WorkforceGroup> keptWorkforce(String prefix, int childPart, LocalDate day) {
		Map<String, Object> params = new LinkedHashMap<>();
		if (childPart > 3) {
			params.put("part", childPart);
		}
		params.put("day", day);
		if (prefix != null) {
			params.put("prefix", prefix + "%");
		}
		String child = childPart == 2 ? "unit_level1" : childPart == 3 ? "unit_level2" : "split_part(unit_path, '/', :part)";
		jdbc.sql("SELECT set_config('enable_sort', 'off', true), set_config('plan_cache_mode', 'force_custom_plan', true)")
			.query(rs -> {
			});
		return jdbc.sql("""
				SELECT %s AS child, demography, sum(people) AS people,
				       sum(p0) AS p0, sum(p1) AS p1, sum(p2) AS p2, sum(p3) AS p3, sum(p4) AS p4, sum(p5) AS p5,
				       sum(p6) AS p6
				FROM personnel_bm01_cells
				WHERE day = :day%s
				GROUP BY 1, 2
				HAVING sum(people) > 0""".formatted(child, prefix == null ? "" : " AND unit_path LIKE :prefix"))
			.params(params)
			.query(ReportQueries::workforceGroup)
			.list();
	}

	/**
	 * Starts keeping the tallies of a day: counts its cells from the periods, which stay locked against writers
	 * until the transaction ends, so that the triggers of V14 carry on from exactly this count. False when the day
	 * was kept already.
	 */
	public boolean keepDay(LocalDate day, LocalDate[] bandLimits, LocalDate pastRetirementMen,
			LocalDate pastRetirementWomen) {
		jdbc.sql("LOCK TABLE personnel_record_periods IN SHARE MODE").update();
		int added = jdbc.sql("""
				INSERT INTO personnel_bm01_days (day, age_limits, past_men, past_women)
				VALUES (:day, CAST('%s' AS date[]), :pastMen, :pastWomen)
				ON CONFLICT (day) DO NOTHING""".formatted(dateArray(bandLimits)))
			.param("day", day)
			.param("pastMen", pastRetirementMen)
			.param("pastWomen", pastRetirementWomen)
			.update();
		if (added == 0) {
			return false;
		}
		jdbc.sql("""
				INSERT INTO personnel_bm01_cells (day, unit_path, demography, people, p0, p1, p2, p3, p4, p5, p6)
				SELECT d.day, p.unit_path, personnel_bm01_demography(p.sex, p.birth_date, p.party_joined, d),
				       count(*), sum(bm01_rank_high), sum(bm01_rank_low), sum(bm01_degree), sum(bm01_theory),
				       sum(bm01_management), sum(bm01_skills), sum(bm01_language)
				FROM personnel_bm01_days d
				JOIN personnel_record_periods p ON p.valid_from <= d.day AND (p.valid_to IS NULL OR p.valid_to > d.day)
				WHERE d.day = :day AND p.%s
				GROUP BY 1, 2, 3""".formatted(IN_SERVICE))
			.param("day", day)
			.update();
		return true;
	}

	/** Stops keeping a day, under the same lock as {@link #keepDay}, so that no trigger adds to its cells meanwhile. */
	public void dropDay(LocalDate day) {
		jdbc.sql("LOCK TABLE personnel_record_periods IN SHARE MODE").update();
		jdbc.sql("DELETE FROM personnel_bm01_cells WHERE day = ?").param(day).update();
		jdbc.sql("DELETE FROM personnel_bm01_days WHERE day = ?").param(day).update();
	}

	public void markDayUsed(LocalDate day) {
		jdbc.sql("UPDATE personnel_bm01_days SET used_at = now() WHERE day = ?").param(day).update();
	}

	/** Gives the planner the new number of cells, so that a country's report is added up in parallel. */
	public void analyzeCells() {
		jdbc.sql("ANALYZE personnel_bm01_cells").update();
	}

	/** Removes the cells left empty by people leaving or units moving. */
	public int removeEmptyCells() {
		return jdbc.sql("DELETE FROM personnel_bm01_cells WHERE people = 0").update();
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
