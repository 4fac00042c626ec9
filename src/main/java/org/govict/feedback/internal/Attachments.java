package org.govict.feedback.internal;

import java.util.List;
import java.util.Optional;

import org.govict.feedback.AttachmentInfo;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The files attached to cases, kept in the database with the case. */
@Repository
public class Attachments {

	private static final String INFO = "id, case_id, step_id, file_name, content_type, size_bytes, sha256, created_at";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	Attachments(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	public void insert(long caseId, Long stepId, String fileName, String contentType, byte[] content, String sha256) {
		jdbc.sql("""
				INSERT INTO feedback_attachments (case_id, step_id, file_name, content_type, size_bytes, sha256, content)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(caseId, stepId, fileName, contentType, content.length, sha256, content)
			.update();
	}

	/** A file to store with others in one go. */
	public record NewAttachment(long caseId, Long stepId, String fileName, String contentType, byte[] content,
			String sha256) {
	}

	public void insertAll(List<NewAttachment> all) {
		if (all.isEmpty()) {
			return;
		}
		template.batchUpdate("""
				INSERT INTO feedback_attachments (case_id, step_id, file_name, content_type, size_bytes, sha256, content)
				VALUES (?, ?, ?, ?, ?, ?, ?)""", all, all.size(), (ps, a) -> {
			ps.setLong(1, a.caseId());
			ps.setObject(2, a.stepId());
			ps.setString(3, a.fileName());
			ps.setString(4, a.contentType());
			ps.setInt(5, a.content().length);
			ps.setString(6, a.sha256());
			ps.setBytes(7, a.content());
		});
	}

	public List<AttachmentInfo> ofCase(long caseId) {
		return jdbc.sql("SELECT " + INFO + " FROM feedback_attachments WHERE case_id = ? ORDER BY id")
			.param(caseId)
			.query((rs, n) -> new AttachmentInfo(rs.getLong("id"), rs.getLong("case_id"),
					rs.getObject("step_id", Long.class), rs.getString("file_name"), rs.getString("content_type"),
					rs.getInt("size_bytes"), rs.getString("sha256"), rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	public Optional<byte[]> content(long caseId, long id) {
		return jdbc.sql("SELECT content FROM feedback_attachments WHERE case_id = ? AND id = ?")
			.params(caseId, id)
			.query((rs, n) -> rs.getBytes(1))
			.optional();
	}
}
