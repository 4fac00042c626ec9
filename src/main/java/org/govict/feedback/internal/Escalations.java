package org.govict.feedback.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The queries behind escalation and the unit heads' digest; the people to tell come from the identity module's
 * {@link org.govict.identity.StaffDirectory}.
 */
@Repository
public class Escalations {

	/**
	 * The deadline a case is measured against: the time to notify the parties of a denunciation while it runs and
	 * comes first, the settling deadline otherwise. Written as in {@link Cases#search}.
	 */
	static final String DUE = "CASE WHEN c.notified_on IS NULL AND c.notify_due_on < c.due_on THEN c.notify_due_on"
			+ " ELSE coalesce(c.due_on, c.notify_due_on) END";

	static final String CLOCK_RUNS = "c.status IN ('RECEIVED', 'IN_PROGRESS', 'AWAITING_APPROVAL', 'APPROVED')"
			+ " AND c.paused_since IS NULL";

	private final JdbcClient jdbc;

	Escalations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Cases whose deadline passed before {@code today} and that were not escalated yet. */
	public List<Long> newlyOverdue(LocalDate today) {
		return jdbc.sql("SELECT c.id FROM feedback_cases c WHERE c.escalated_at IS NULL AND " + CLOCK_RUNS + " AND ("
				+ DUE + ") < ? ORDER BY c.id")
			.param(today)
			.query(Long.class)
			.list();
	}

	/** Marks a case escalated to a unit; false when it already was, so that nobody is told twice. */
	public boolean markEscalated(long caseId, Long toUnitId) {
		return jdbc.sql("""
				UPDATE feedback_cases SET escalated_at = now(), escalated_to_unit_id = ?
				 WHERE id = ? AND escalated_at IS NULL""")
			.params(toUnitId, caseId)
			.update() == 1;
	}

	/** When a case was escalated, and to which unit. */
	public record Escalation(java.time.Instant at, Long toUnitId) {
	}

	public java.util.Optional<Escalation> of(long caseId) {
		return jdbc.sql("SELECT escalated_at, escalated_to_unit_id FROM feedback_cases WHERE id = ? AND escalated_at IS NOT NULL")
			.param(caseId)
			.query((rs, n) -> new Escalation(rs.getTimestamp(1).toInstant(), rs.getObject(2, Long.class)))
			.optional();
	}

	/** One line of the digest. {@code group} is "overdue", "soon" or "approval". */
	public record DigestLine(String group, String trackingCode, String title, LocalDate dueOn, boolean escalated) {
	}

	/**
	 * The open cases a unit's subtree is responsible for (handling unit, or receiving unit before assignment) that
	 * are overdue, due by {@code soonUntil}, or waiting for a leader's approval, most urgent first.
	 */
	public List<DigestLine> digest(String unitPath, LocalDate today, LocalDate soonUntil) {
		return jdbc.sql("SELECT * FROM (SELECT CASE WHEN c.status = 'AWAITING_APPROVAL' THEN 'approval'"
				+ " WHEN (" + DUE + ") < :today THEN 'overdue' ELSE 'soon' END AS grp,"
				+ " c.tracking_code, c.title, " + DUE + " AS due, c.escalated_at IS NOT NULL AS escalated"
				+ " FROM feedback_cases c"
				+ " JOIN organisation_units ou ON ou.id = coalesce(c.handling_unit_id, c.receiving_unit_id)"
				+ " WHERE ou.path LIKE :path AND (c.status = 'AWAITING_APPROVAL' OR (" + CLOCK_RUNS + " AND (" + DUE
				+ ") <= :soon))) d ORDER BY CASE grp WHEN 'overdue' THEN 0 WHEN 'soon' THEN 1 ELSE 2 END, due NULLS LAST")
			.param("today", today)
			.param("soon", soonUntil)
			.param("path", unitPath + "%")
			.query((rs, n) -> new DigestLine(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getObject(4, LocalDate.class), rs.getBoolean(5)))
			.list();
	}
}
