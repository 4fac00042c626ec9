package org.govict.feedback.internal;

import java.util.List;

import org.govict.feedback.CaseStatus;
import org.govict.feedback.CaseStep;
import org.govict.feedback.Step;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The history of every case, step by step. */
@Repository
public class CaseSteps {

	private final JdbcClient jdbc;

	CaseSteps(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(long caseId, Step step, CaseStatus before, CaseStatus after, String note, String actor) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO feedback_case_steps (case_id, step, status_before, status_after, note, visible_to_sender, actor)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(caseId, step.name(), before == null ? null : before.name(), after.name(), note,
					step.visibleToSender(), actor)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	public List<CaseStep> ofCase(long caseId) {
		return jdbc.sql("SELECT * FROM feedback_case_steps WHERE case_id = ? ORDER BY id")
			.param(caseId)
			.query((rs, n) -> new CaseStep(rs.getLong("id"), rs.getLong("case_id"), Step.valueOf(rs.getString("step")),
					rs.getString("status_before") == null ? null : CaseStatus.valueOf(rs.getString("status_before")),
					CaseStatus.valueOf(rs.getString("status_after")), rs.getString("note"),
					rs.getBoolean("visible_to_sender"), rs.getString("actor"), rs.getTimestamp("at").toInstant()))
			.list();
	}
}
