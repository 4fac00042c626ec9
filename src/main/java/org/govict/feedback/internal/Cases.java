package org.govict.feedback.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.govict.feedback.CaseKind;
import org.govict.feedback.CaseQuery;
import org.govict.feedback.CaseRow;
import org.govict.feedback.CaseStatus;
import org.govict.feedback.Channel;
import org.govict.feedback.FeedbackCase;
import org.govict.feedback.PublishedAnswer;
import org.govict.feedback.SenderType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The cases of the feedback desk and their coordinating units. */
@Repository
public class Cases {

	private final JdbcClient jdbc;

	Cases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A new case as it is first written. */
	public record NewCase(String trackingCode, String secretHash, CaseKind kind, String topicCode, Channel channel,
			SenderType senderType, String senderName, String senderEmail, String senderPhone, String senderAddress,
			String senderIdNumber, String language, String title, String content, String contentHash,
			boolean publishConsent, long receivingUnitId, LocalDate receivedOn, LocalDate dueOn) {

		public NewCase withTrackingCode(String code) {
			return new NewCase(code, secretHash, kind, topicCode, channel, senderType, senderName, senderEmail,
					senderPhone, senderAddress, senderIdNumber, language, title, content, contentHash, publishConsent,
					receivingUnitId, receivedOn, dueOn);
		}
	}

	/**
	 * Writes several new cases in one statement and returns those written, as stored. A case whose tracking code
	 * is already taken is left out (codes are random); the caller gives it another code and tries again.
	 */
	public List<FeedbackCase> insertAll(List<NewCase> all) {
		if (all.isEmpty()) {
			return List.of();
		}
		int n = all.size();
		String[][] columns = new String[19][n];
		for (int i = 0; i < n; i++) {
			NewCase c = all.get(i);
			String[] row = { c.trackingCode(), c.secretHash(), c.kind().name(), c.topicCode(), c.channel().name(),
					c.senderType().name(), c.senderName(), c.senderEmail(), c.senderPhone(), c.senderAddress(),
					c.senderIdNumber(), c.language(), c.title(), c.content(), c.contentHash(),
					String.valueOf(c.publishConsent()), String.valueOf(c.receivingUnitId()), c.receivedOn().toString(),
					c.dueOn() == null ? null : c.dueOn().toString() };
			for (int column = 0; column < row.length; column++) {
				columns[column][i] = row[column];
			}
		}
		return jdbc.sql("""
				INSERT INTO feedback_cases (tracking_code, secret_hash, kind, topic_code, channel, status, sender_type,
				       sender_name, sender_email, sender_phone, sender_address, sender_id_number, language, title,
				       content, content_hash, publish_consent, receiving_unit_id, received_on, due_on)
				SELECT code, secret, kind, topic, channel, 'RECEIVED', sender_type, name, email, phone, address, id_number,
				       language, title, content, content_hash, consent::boolean, unit::bigint, received::date, due::date
				  FROM unnest(CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]),
				              CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]),
				              CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]),
				              CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]),
				              CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]))
				       AS n(code, secret, kind, topic, channel, sender_type, name, email, phone, address, id_number,
				            language, title, content, content_hash, consent, unit, received, due)
				ON CONFLICT (tracking_code) DO NOTHING
				RETURNING *""")
			.params((Object[]) columns)
			.query((rs, row) -> map(rs))
			.list();
	}

	public Optional<FeedbackCase> find(long id) {
		return jdbc.sql("SELECT * FROM feedback_cases WHERE id = ?")
			.param(id)
			.query((rs, n) -> map(rs))
			.optional()
			.map(c -> withUnits(c));
	}

	public Optional<FeedbackCase> findByCode(String trackingCode) {
		return jdbc.sql("SELECT * FROM feedback_cases WHERE tracking_code = ?")
			.param(trackingCode)
			.query((rs, n) -> map(rs))
			.optional()
			.map(c -> withUnits(c));
	}

	public Optional<String> secretHash(long id) {
		return jdbc.sql("SELECT secret_hash FROM feedback_cases WHERE id = ?").param(id).query(String.class).optional();
	}

	/** For each of the content hashes, the tracking code of the first case created with it since {@code since}, not marked as spam. */
	public Map<String, String> sameSubmissionsSince(java.util.Collection<String> contentHashes, Instant since) {
		Map<String, String> earlier = new HashMap<>();
		jdbc.sql("""
				SELECT DISTINCT ON (content_hash) content_hash, tracking_code FROM feedback_cases
				 WHERE content_hash = ANY(CAST(? AS bpchar[])) AND created_at >= ? AND status <> 'SPAM'
				 ORDER BY content_hash, id""") // bpchar, as the column: compared as text, the index would not serve
			.params(contentHashes.toArray(String[]::new), Timestamp.from(since))
			.query((rs, n) -> earlier.put(rs.getString(1), rs.getString(2)))
			.list();
		return earlier;
	}

	/** Writes the case's changeable columns if nobody changed it since it was read. */
	public boolean update(FeedbackCase c) {
		return jdbc.sql("""
				UPDATE feedback_cases
				   SET kind = ?, topic_code = ?, status = ?, handling_unit_id = ?, complex = ?, remote_area = ?,
				       accepted_on = ?, due_on = ?, notify_due_on = ?, notified_on = ?, extensions = ?, paused_since = ?, answer = ?,
				       answer_approved_by = ?, answered_at = ?, transferred_to = ?, merged_into = ?,
				       reject_reason = ?, updated_at = now(), version = version + 1
				 WHERE id = ? AND version = ?""")
			.params(c.kind().name(), c.topicCode(), c.status().name(), c.handlingUnitId(), c.complex(),
					c.remoteArea(), c.acceptedOn(), c.dueOn(), c.notifyDueOn(), c.notifiedOn(), c.extensions(), c.pausedSince(),
					c.answer(), c.answerApprovedBy(), c.answeredAt() == null ? null : Timestamp.from(c.answeredAt()),
					c.transferredTo(), c.mergedInto(), c.rejectReason(), c.id(), c.version())
			.update() == 1;
	}

	/** Keeps the copy of the case that the public list shows, made with personal data removed. */
	public void publish(long id, String title, String content, String answer) {
		jdbc.sql("""
				UPDATE feedback_cases
				   SET published_title = ?, published_content = ?, published_answer = ?, published_at = now()
				 WHERE id = ?""")
			.params(title, content, answer, id)
			.update();
	}

	/** The search expression is the one the trigram index of V15 is built on, so that the index serves it. */
	private static final String PUBLISHED_WHERE = """
			 WHERE published_at IS NOT NULL
			   AND (CAST(:q AS text) IS NULL
			        OR search_fold(published_title || ' ' || published_content || ' ' || published_answer)
			           LIKE '%' || search_fold(CAST(:q AS text)) || '%')""";

	public List<PublishedAnswer> published(String q, int offset, int limit) {
		return jdbc.sql("""
				SELECT tracking_code, kind, topic_code, published_title, published_content, published_answer,
				       handling_unit_id, published_at
				  FROM feedback_cases\s""" + PUBLISHED_WHERE + " ORDER BY published_at DESC, id DESC LIMIT :limit OFFSET :offset")
			.param("q", q)
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> new PublishedAnswer(rs.getString("tracking_code"), CaseKind.valueOf(rs.getString("kind")),
					rs.getString("topic_code"), rs.getString("published_title"), rs.getString("published_content"),
					rs.getString("published_answer"), rs.getObject("handling_unit_id", Long.class),
					rs.getTimestamp("published_at").toInstant()))
			.list();
	}

	public long countPublished(String q) {
		return jdbc.sql("SELECT count(*) FROM feedback_cases " + PUBLISHED_WHERE).param("q", q).query(Long.class).single();
	}

	public void setCoordinatingUnits(long caseId, List<Long> unitIds) {
		jdbc.sql("DELETE FROM feedback_case_units WHERE case_id = ?").param(caseId).update();
		for (Long unitId : unitIds) {
			jdbc.sql("INSERT INTO feedback_case_units (case_id, unit_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
				.params(caseId, unitId)
				.update();
		}
	}

	/**
	 * One page of the cases a reader may see. {@code prefixes} are the paths of the reader's scope (null: every
	 * case); a case is seen when its receiving, handling or a coordinating unit lies in the scope. The text search
	 * folds diacritics the way search_fold() does, so that "phan anh" finds "phản ánh".
	 */
	public List<CaseRow> search(CaseQuery query, List<String> prefixes, LocalDate today, LocalDate soonUntil) {
		Map<String, Object> params = new HashMap<>();
		String where = where(query, prefixes, today, soonUntil, params);
		params.put("limit", CaseQuery.PAGE_SIZE);
		params.put("offset", query.offset());
		return jdbc.sql("""
				SELECT id, tracking_code, kind, topic_code, status, title, sender_name, channel, receiving_unit_id,
				       handling_unit_id, received_on,
				       CASE WHEN notified_on IS NULL AND notify_due_on < due_on THEN notify_due_on ELSE due_on END AS due_on,
				       paused_since, escalated_at IS NOT NULL AS escalated
				  FROM feedback_cases c""" + where + " ORDER BY due_on NULLS LAST, id DESC LIMIT :limit OFFSET :offset")
			.params(params)
			.query((rs, n) -> new CaseRow(rs.getLong("id"), rs.getString("tracking_code"),
					CaseKind.valueOf(rs.getString("kind")), rs.getString("topic_code"),
					CaseStatus.valueOf(rs.getString("status")), rs.getString("title"), rs.getString("sender_name"),
					Channel.valueOf(rs.getString("channel")), rs.getLong("receiving_unit_id"),
					rs.getObject("handling_unit_id", Long.class), rs.getObject("received_on", LocalDate.class),
					rs.getObject("due_on", LocalDate.class), rs.getObject("paused_since", LocalDate.class),
					rs.getBoolean("escalated")))
			.list();
	}

	public long count(CaseQuery query, List<String> prefixes, LocalDate today, LocalDate soonUntil) {
		Map<String, Object> params = new HashMap<>();
		String where = where(query, prefixes, today, soonUntil, params);
		return jdbc.sql("SELECT count(*) FROM feedback_cases c" + where).params(params).query(Long.class).single();
	}

	private static String where(CaseQuery query, List<String> prefixes, LocalDate today, LocalDate soonUntil,
			Map<String, Object> params) {
		List<String> conditions = new ArrayList<>();
		if (prefixes != null) {
			conditions.add("""
					EXISTS (SELECT 1 FROM organisation_units u
					         WHERE u.path LIKE ANY(CAST(:prefixes AS text[]))
					           AND (u.id = c.receiving_unit_id OR u.id = c.handling_unit_id
					                OR u.id IN (SELECT unit_id FROM feedback_case_units WHERE case_id = c.id)))""");
			params.put("prefixes", prefixes.stream().map(p -> p + "%").toArray(String[]::new));
		}
		if (query.status() != null) {
			conditions.add("c.status = :status");
			params.put("status", query.status().name());
		}
		if (query.kind() != null) {
			conditions.add("c.kind = :kind");
			params.put("kind", query.kind().name());
		}
		if (query.topicCode() != null && !query.topicCode().isBlank()) {
			conditions.add("c.topic_code = :topic");
			params.put("topic", query.topicCode());
		}
		if (query.unitId() != null) {
			conditions.add("(c.handling_unit_id = :unit OR c.receiving_unit_id = :unit)");
			params.put("unit", query.unitId());
		}
		if ("soon".equals(query.due()) || "overdue".equals(query.due())) {
			conditions.add("c.status IN ('RECEIVED', 'IN_PROGRESS', 'AWAITING_APPROVAL', 'APPROVED')"
					+ " AND c.paused_since IS NULL");
			if ("soon".equals(query.due())) {
				conditions.add("(c.due_on BETWEEN :today AND :soon"
						+ " OR (c.notified_on IS NULL AND c.notify_due_on BETWEEN :today AND :soon))");
				params.put("soon", soonUntil);
			}
			else {
				conditions.add("(c.due_on < :today OR (c.notified_on IS NULL AND c.notify_due_on < :today))");
			}
			params.put("today", today);
		}
		if ("escalated".equals(query.due())) {
			conditions.add("c.escalated_at IS NOT NULL");
		}
		if (query.text() != null && !query.text().isBlank()) {
			conditions.add("""
					(c.tracking_code = upper(:code) OR search_fold(c.title) LIKE '%' || search_fold(:text) || '%'
					 OR search_fold(c.sender_name) LIKE '%' || search_fold(:text) || '%')""");
			params.put("code", query.text().strip());
			params.put("text", query.text().strip());
		}
		return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
	}

	private FeedbackCase withUnits(FeedbackCase c) {
		List<Long> units = jdbc.sql("SELECT unit_id FROM feedback_case_units WHERE case_id = ? ORDER BY unit_id")
			.param(c.id())
			.query(Long.class)
			.list();
		return c.withCoordinatingUnits(units);
	}

	static FeedbackCase map(ResultSet rs) throws SQLException {
		Timestamp answered = rs.getTimestamp("answered_at");
		return new FeedbackCase(rs.getLong("id"), rs.getString("tracking_code"), CaseKind.valueOf(rs.getString("kind")),
				rs.getString("topic_code"), Channel.valueOf(rs.getString("channel")),
				CaseStatus.valueOf(rs.getString("status")), SenderType.valueOf(rs.getString("sender_type")),
				rs.getString("sender_name"), rs.getString("sender_email"), rs.getString("sender_phone"),
				rs.getString("sender_address"), rs.getString("sender_id_number"), rs.getString("language"),
				rs.getString("title"), rs.getString("content"), rs.getBoolean("publish_consent"),
				rs.getLong("receiving_unit_id"), rs.getObject("handling_unit_id", Long.class), List.of(),
				rs.getBoolean("complex"), rs.getBoolean("remote_area"), rs.getObject("received_on", LocalDate.class),
				rs.getObject("accepted_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
				rs.getObject("notify_due_on", LocalDate.class), rs.getObject("notified_on", LocalDate.class),
				rs.getInt("extensions"),
				rs.getObject("paused_since", LocalDate.class), rs.getString("answer"),
				rs.getString("answer_approved_by"), answered == null ? null : answered.toInstant(),
				rs.getString("transferred_to"), rs.getObject("merged_into", Long.class), rs.getString("reject_reason"),
				rs.getTimestamp("created_at").toInstant(), rs.getInt("version"));
	}
}
