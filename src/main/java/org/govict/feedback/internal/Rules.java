package org.govict.feedback.internal;

import java.util.List;
import java.util.Optional;

import org.govict.feedback.CaseKind;
import org.govict.feedback.CountedFrom;
import org.govict.feedback.Counting;
import org.govict.feedback.DeadlineRule;
import org.govict.feedback.Stage;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The legal deadline rules, one row per kind and stage. */
@Repository
public class Rules {

	private static final RowMapper<DeadlineRule> MAPPER = (rs, n) -> new DeadlineRule(
			CaseKind.valueOf(rs.getString("kind")), Stage.valueOf(rs.getString("stage")), rs.getInt("days"),
			Counting.valueOf(rs.getString("counting")), CountedFrom.valueOf(rs.getString("counted_from")),
			rs.getObject("complex_days", Integer.class), rs.getObject("remote_days", Integer.class),
			rs.getObject("remote_complex_days", Integer.class), rs.getObject("extension_days", Integer.class),
			rs.getInt("max_extensions"), rs.getString("legal_basis"), rs.getTimestamp("updated_at").toInstant(),
			rs.getString("updated_by"));

	private final JdbcClient jdbc;

	Rules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<DeadlineRule> all() {
		return jdbc.sql("""
				SELECT * FROM feedback_deadline_rules
				 ORDER BY array_position(ARRAY['FEEDBACK','COMPLAINT','DENUNCIATION'], kind::text),
				          array_position(ARRAY['FORWARD','ACCEPT','NOTIFY','SETTLE'], stage::text)""")
			.query(MAPPER)
			.list();
	}

	public Optional<DeadlineRule> find(CaseKind kind, Stage stage) {
		return jdbc.sql("SELECT * FROM feedback_deadline_rules WHERE kind = ? AND stage = ?")
			.params(kind.name(), stage.name())
			.query(MAPPER)
			.optional();
	}

	public void update(DeadlineRule r, String actor) {
		jdbc.sql("""
				UPDATE feedback_deadline_rules
				   SET days = ?, counting = ?, counted_from = ?, complex_days = ?, remote_days = ?,
				       remote_complex_days = ?, extension_days = ?, max_extensions = ?, legal_basis = ?,
				       updated_at = now(), updated_by = ?
				 WHERE kind = ? AND stage = ?""")
			.params(r.days(), r.counting().name(), r.countedFrom().name(), r.complexDays(), r.remoteDays(),
					r.remoteComplexDays(), r.extensionDays(), r.maxExtensions(), r.legalBasis(), actor,
					r.kind().name(), r.stage().name())
			.update();
	}
}
