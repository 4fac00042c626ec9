package org.govict.feedback.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.govict.feedback.CaseKind;
import org.govict.feedback.CaseStatus;
import org.govict.feedback.PublicRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Cases as anyone may read them through Open311: only columns without personal data are selected, and the
 * description is the copy made for the public list of answers, if the sender agreed to it.
 */
@Repository
public class PublicRequests {

	private static final String COLUMNS = """
			SELECT c.tracking_code, c.kind, c.topic_code, c.status, c.receiving_unit_id, c.handling_unit_id,
			       c.transferred_to, c.due_on, c.paused_since, c.published_content, c.created_at, c.updated_at
			  FROM feedback_cases c""";

	/** Spam is nobody's request, and a denunciation's very existence is kept from the public list. */
	private static final String LISTED = " c.status <> 'SPAM' AND c.kind <> 'DENUNCIATION'";

	private final JdbcClient jdbc;

	PublicRequests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What the public list may be filtered by; a null filter does not filter. */
	public record Filter(List<String> trackingCodes, CaseKind kind, String topicCode, boolean withoutTopic,
			Instant from, Instant until, List<CaseStatus> statuses, int limit) {
	}

	public List<PublicRequest> search(Filter filter) {
		StringBuilder sql = new StringBuilder(COLUMNS).append(" WHERE").append(LISTED);
		List<Object> params = new ArrayList<>();
		if (filter.trackingCodes() != null && !filter.trackingCodes().isEmpty()) {
			sql.append(" AND c.tracking_code = ANY (?)");
			params.add(filter.trackingCodes().toArray(String[]::new));
		}
		if (filter.kind() != null) {
			sql.append(" AND c.kind = ?");
			params.add(filter.kind().name());
		}
		if (filter.topicCode() != null) {
			sql.append(" AND c.topic_code = ?");
			params.add(filter.topicCode());
		}
		else if (filter.withoutTopic()) {
			sql.append(" AND c.topic_code IS NULL");
		}
		if (filter.from() != null) {
			sql.append(" AND c.created_at >= ?");
			params.add(Timestamp.from(filter.from()));
		}
		if (filter.until() != null) {
			sql.append(" AND c.created_at < ?");
			params.add(Timestamp.from(filter.until()));
		}
		if (filter.statuses() != null) {
			sql.append(" AND c.status = ANY (?)");
			params.add(filter.statuses().stream().map(Enum::name).toArray(String[]::new));
		}
		sql.append(" ORDER BY c.created_at DESC LIMIT ?");
		params.add(filter.limit());
		return jdbc.sql(sql.toString()).params(params).query((rs, n) -> map(rs)).list();
	}

	/** A case by its tracking code, denunciations included: who knows the code may follow it. */
	public Optional<PublicRequest> find(String trackingCode) {
		return jdbc.sql(COLUMNS + " WHERE c.tracking_code = ? AND c.status <> 'SPAM'")
			.param(trackingCode)
			.query((rs, n) -> map(rs))
			.optional();
	}

	public Optional<String> trackingCodeOfToken(String token) {
		return jdbc.sql("""
				SELECT c.tracking_code FROM feedback_open311_requests r JOIN feedback_cases c ON c.id = r.case_id
				 WHERE r.token = ?""")
			.param(token)
			.query(String.class)
			.optional();
	}

	public void recordSubmission(long caseId, String token, String submittedBy) {
		jdbc.sql("INSERT INTO feedback_open311_requests (case_id, token, submitted_by) VALUES (?, ?, ?)")
			.params(caseId, token, submittedBy)
			.update();
	}

	private static PublicRequest map(ResultSet rs) throws SQLException {
		CaseKind kind = CaseKind.valueOf(rs.getString("kind"));
		long handling = rs.getLong("handling_unit_id");
		Long handlingUnitId = rs.wasNull() ? null : handling;
		return new PublicRequest(rs.getString("tracking_code"), kind, rs.getString("topic_code"),
				CaseStatus.valueOf(rs.getString("status")), rs.getLong("receiving_unit_id"), handlingUnitId,
				rs.getString("transferred_to"), rs.getObject("due_on", java.time.LocalDate.class),
				rs.getObject("paused_since", java.time.LocalDate.class) != null,
				kind == CaseKind.DENUNCIATION ? null : rs.getString("published_content"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
	}
}
