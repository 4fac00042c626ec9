package org.govict.feedback.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The counts behind the desk's reports. */
@Repository
public class CaseTallies {

	private final JdbcClient jdbc;

	CaseTallies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The cases received in a period, counted once per combination of kind, topic, responsible unit, status and
	 * month of receipt: a few hundred rows at most for a year, from which every breakdown of the report is summed.
	 * "Settled" means answered; "on time" that the answer went out (on the Vietnamese calendar day) by the
	 * deadline the case had then, which already includes the days the clock stood still.
	 */
	public record Group(String kind, String topicCode, long unitId, String status, LocalDate month, long received,
			long settled, long onTime, long overdueOpen) {
	}

	/** The day of receipt and of the answer of the settled cases, with how many share them. */
	public record Handling(LocalDate receivedOn, LocalDate answeredOn, long cases) {
	}

	private static final String ANSWERED_ON = "CAST(c.answered_at AT TIME ZONE 'Asia/Ho_Chi_Minh' AS date)";

	/**
	 * The cases in the period that the scope sees (receiving, handling or a coordinating unit in it; null prefixes:
	 * every case), narrowed to a unit's subtree by the responsible unit when {@code unitPath} is given.
	 */
	private static String where(LocalDate from, LocalDate to, List<String> prefixes, String unitPath,
			Map<String, Object> params) {
		StringBuilder where = new StringBuilder(
				" WHERE c.received_on BETWEEN :from AND :to AND c.status NOT IN ('SPAM', 'MERGED')");
		params.put("from", from);
		params.put("to", to);
		if (prefixes != null) {
			where.append(" ").append("""
					 AND EXISTS (SELECT 1 FROM organisation_units u
					              WHERE u.path LIKE ANY(CAST(:prefixes AS text[]))
					                AND (u.id = c.receiving_unit_id OR u.id = c.handling_unit_id
					                     OR u.id IN (SELECT unit_id FROM feedback_case_units WHERE case_id = c.id)))""");
			params.put("prefixes", prefixes.stream().map(p -> p + "%").toArray(String[]::new));
		}
		if (unitPath != null) {
			where.append(" ").append("""
					 AND EXISTS (SELECT 1 FROM organisation_units r
					              WHERE r.id = coalesce(c.handling_unit_id, c.receiving_unit_id) AND r.path LIKE :unitPath)""");
			params.put("unitPath", unitPath + "%");
		}
		return where.toString();
	}

	public List<Group> groups(LocalDate from, LocalDate to, List<String> prefixes, String unitPath, LocalDate today) {
		Map<String, Object> params = new HashMap<>();
		String where = where(from, to, prefixes, unitPath, params);
		params.put("today", today);
		return jdbc.sql("SELECT c.kind, c.topic_code, coalesce(c.handling_unit_id, c.receiving_unit_id) AS unit_id,"
				+ " c.status, CAST(date_trunc('month', c.received_on) AS date) AS month, count(*) AS received,"
				+ " count(*) FILTER (WHERE c.answered_at IS NOT NULL) AS settled,"
				+ " count(*) FILTER (WHERE c.answered_at IS NOT NULL AND (c.due_on IS NULL OR " + ANSWERED_ON
				+ " <= c.due_on)) AS on_time,"
				+ " count(*) FILTER (WHERE c.answered_at IS NULL AND " + Escalations.CLOCK_RUNS + " AND ("
				+ Escalations.DUE + ") < :today) AS overdue_open"
				+ " FROM feedback_cases c" + where + " GROUP BY 1, 2, 3, 4, 5")
			.params(params)
			.query((rs, n) -> new Group(rs.getString("kind"), rs.getString("topic_code"), rs.getLong("unit_id"),
					rs.getString("status"), rs.getObject("month", LocalDate.class), rs.getLong("received"),
					rs.getLong("settled"), rs.getLong("on_time"), rs.getLong("overdue_open")))
			.list();
	}

	/** Grouped by the two days, so that the working days between them are counted once per pair. */
	public List<Handling> handlingTimes(LocalDate from, LocalDate to, List<String> prefixes, String unitPath) {
		Map<String, Object> params = new HashMap<>();
		String where = where(from, to, prefixes, unitPath, params);
		return jdbc.sql("SELECT c.received_on, " + ANSWERED_ON + " AS answered_on, count(*) FROM feedback_cases c"
				+ where + " AND c.answered_at IS NOT NULL GROUP BY 1, 2")
			.params(params)
			.query((rs, n) -> new Handling(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class),
					rs.getLong(3)))
			.list();
	}
}
