package org.govict.personnel.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Scanned documents attached to records; the bytes live in the database beside them. */
@Repository
public class Documents {

	private final JdbcClient jdbc;

	Documents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A document as listed, without its bytes. */
	public record DocumentInfo(long id, long recordId, Long changeId, String kind, String title, String fileName,
			String contentType, long sizeBytes, String sha256, Instant uploadedAt, String uploadedBy) {
	}

	public long insert(long recordId, Long changeId, String kind, String title, String fileName, String contentType,
			byte[] content, String sha256, String uploadedBy) {
		return jdbc.sql("""
				INSERT INTO personnel_documents (record_id, change_id, kind, title, file_name, content_type, size_bytes,
				    sha256, content, uploaded_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(recordId, changeId, kind, title, fileName, contentType, content.length, sha256, content, uploadedBy)
			.query(Long.class)
			.single();
	}

	public boolean exists(long recordId, String sha256) {
		return jdbc.sql("SELECT count(*) FROM personnel_documents WHERE record_id = ? AND sha256 = ?")
			.params(recordId, sha256)
			.query(Long.class)
			.single() > 0;
	}

	public boolean changeBelongsTo(long changeId, long recordId) {
		return jdbc.sql("SELECT count(*) FROM personnel_record_changes WHERE id = ? AND record_id = ?")
			.params(changeId, recordId)
			.query(Long.class)
			.single() > 0;
	}

	public List<DocumentInfo> ofRecord(long recordId) {
		return jdbc.sql("""
				SELECT id, record_id, change_id, kind, title, file_name, content_type, size_bytes, sha256, uploaded_at,
				       uploaded_by
				  FROM personnel_documents WHERE record_id = ? ORDER BY uploaded_at DESC, id DESC""")
			.param(recordId)
			.query((rs, n) -> info(rs))
			.list();
	}

	public Optional<DocumentInfo> find(long recordId, long id) {
		return jdbc.sql("""
				SELECT id, record_id, change_id, kind, title, file_name, content_type, size_bytes, sha256, uploaded_at,
				       uploaded_by
				  FROM personnel_documents WHERE record_id = ? AND id = ?""")
			.params(recordId, id)
			.query((rs, n) -> info(rs))
			.optional();
	}

	/** The latest document of a kind attached to the record. */
	public Optional<DocumentInfo> latest(long recordId, String kind) {
		return jdbc.sql("""
				SELECT id, record_id, change_id, kind, title, file_name, content_type, size_bytes, sha256, uploaded_at,
				       uploaded_by
				  FROM personnel_documents WHERE record_id = ? AND kind = ? ORDER BY uploaded_at DESC, id DESC LIMIT 1""")
			.params(recordId, kind)
			.query((rs, n) -> info(rs))
			.optional();
	}

	public byte[] content(long id) {
		return jdbc.sql("SELECT content FROM personnel_documents WHERE id = ?").param(id).query(byte[].class).single();
	}

	private static DocumentInfo info(ResultSet rs) throws SQLException {
		return new DocumentInfo(rs.getLong("id"), rs.getLong("record_id"), (Long) rs.getObject("change_id"),
				rs.getString("kind"), rs.getString("title"), rs.getString("file_name"), rs.getString("content_type"),
				rs.getLong("size_bytes"), rs.getString("sha256"), rs.getTimestamp("uploaded_at").toInstant(),
				rs.getString("uploaded_by"));
	}
}
