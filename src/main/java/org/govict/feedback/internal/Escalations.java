package org.govict.feedback.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The queries behind escalation and the unit heads' digest. The people to tell are read from the accounts of the
 * identity module (users, their roles and extra subtrees): the desk only needs their addresses, and the module's
 * public face offers no query by unit and role.
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

	/** A person to write to, in the language they chose. */
	public record Recipient(long userId, String email, String fullName, String language, String unitPath) {
	}

	/**
	 * The enabled accounts with an address that hold one of {@code roles} in a unit: as members of it, or because
	 * they were granted its subtree.
	 */
	public List<Recipient> staffOf(long unitId, List<String> roles) {
		return jdbc.sql("""
				SELECT DISTINCT u.id, u.email, u.full_name, u.preferred_language, ou.path
				  FROM users u
				  JOIN user_roles r ON r.user_id = u.id
				  JOIN organisation_units ou ON ou.id = u.unit_id
				 WHERE u.enabled AND u.email IS NOT NULL AND u.email <> ''
				   AND r.role_code = ANY(CAST(:roles AS text[]))
				   AND (u.unit_id = :unit OR EXISTS (SELECT 1 FROM user_scopes s WHERE s.user_id = u.id AND s.unit_id = :unit))
				 ORDER BY u.id""")
			.param("roles", roles.toArray(String[]::new))
			.param("unit", unitId)
			.query((rs, n) -> new Recipient(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.list();
	}

	/** The unit heads (LEADER in a unit) with an address. */
	public List<Recipient> unitHeads() {
		return jdbc.sql("""
				SELECT u.id, u.email, u.full_name, u.preferred_language, ou.path
				  FROM users u
				  JOIN user_roles r ON r.user_id = u.id AND r.role_code = 'LEADER'
				  JOIN organisation_units ou ON ou.id = u.unit_id
				 WHERE u.enabled AND u.email IS NOT NULL AND u.email <> ''
				 ORDER BY u.id""")
			.query((rs, n) -> new Recipient(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.list();
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
