package org.govict.feedback.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

	/** Records the same step, by the same actor, for several cases at once; returns each case's step id. */
	public Map<Long, Long> insertAll(List<Long> caseIds, Step step, CaseStatus after, String actor) {
		Map<Long, Long> ids = new HashMap<>();
		jdbc.sql("""
				INSERT INTO feedback_case_steps (case_id, step, status_before, status_after, note, visible_to_sender, actor)
				SELECT case_id, ?, NULL, ?, NULL, ?, ? FROM unnest(CAST(? AS bigint[])) AS c(case_id)
				RETURNING case_id, id""")
			.params(step.name(), after.name(), step.visibleToSender(), actor, caseIds.toArray(Long[]::new))
			.query((rs, n) -> ids.put(rs.getLong(1), rs.getLong(2)))
			.list();
		return ids;
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
