package org.govict.infosec.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.govict.infosec.Incident;
import org.govict.infosec.IncidentStage;
import org.govict.infosec.IncidentStep;
import org.govict.infosec.LegalBasis;
import org.govict.infosec.Severity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Incidents and the stages each went through. */
@Repository
public class IncidentRecords {

	private final JdbcClient jdbc;

	IncidentRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Incident> find(long id) {
		return jdbc.sql("SELECT * FROM infosec_incidents WHERE id = ?").param(id).query(IncidentRecords::map).optional();
	}

	public List<Incident> all() {
		return jdbc.sql("SELECT * FROM infosec_incidents ORDER BY stage = 'CLOSED', detected_at DESC")
			.query(IncidentRecords::map)
			.list();
	}

	public long insert(Long systemId, Long assetId, long unitId, String title, String description, Severity severity,
			LegalBasis basis, Instant detectedAt, Instant noticeDue, Instant reportDue) {
		return jdbc.sql("""
				INSERT INTO infosec_incidents (system_id, asset_id, owner_unit_id, title, description, severity,
				    legal_basis, detected_at, notice_due, report_due)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(systemId, assetId, unitId, title, description, severity.name(), basis.name(),
					Timestamp.from(detectedAt), noticeDue == null ? null : Timestamp.from(noticeDue),
					Timestamp.from(reportDue))
			.query(Long.class)
			.single();
	}

	public void move(long id, IncidentStage stage, String lessons) {
		jdbc.sql("""
				UPDATE infosec_incidents SET stage = ?, lessons = coalesce(?, lessons), updated_at = now(),
				    version = version + 1 WHERE id = ?""").params(stage.name(), lessons, id).update();
	}

	public void noticed(long id, Instant at) {
		jdbc.sql("UPDATE infosec_incidents SET noticed_at = ?, updated_at = now(), version = version + 1 WHERE id = ?")
			.params(Timestamp.from(at), id)
			.update();
	}

	public void reported(long id, Instant at) {
		jdbc.sql("UPDATE infosec_incidents SET reported_at = ?, updated_at = now(), version = version + 1 WHERE id = ?")
			.params(Timestamp.from(at), id)
			.update();
	}

	public void step(long id, IncidentStage stage, String note, String actor) {
		jdbc.sql("INSERT INTO infosec_incident_steps (incident_id, stage, note, actor) VALUES (?, ?, ?, ?)")
			.params(id, stage.name(), note, actor)
			.update();
	}

	public List<IncidentStep> steps(long id) {
		return jdbc.sql("SELECT stage, note, actor, at FROM infosec_incident_steps WHERE incident_id = ? ORDER BY at, id")
			.param(id)
			.query((rs, row) -> new IncidentStep(IncidentStage.valueOf(rs.getString(1)), rs.getString(2),
					rs.getString(3), rs.getObject(4, OffsetDateTime.class).toInstant()))
			.list();
	}

	static Incident map(ResultSet rs, int row) throws SQLException {
		return new Incident(rs.getLong("id"), rs.getObject("system_id", Long.class), rs.getObject("asset_id", Long.class),
				rs.getLong("owner_unit_id"), rs.getString("title"), rs.getString("description"),
				Severity.valueOf(rs.getString("severity")), IncidentStage.valueOf(rs.getString("stage")),
				LegalBasis.valueOf(rs.getString("legal_basis")), instant(rs, "detected_at"), instant(rs, "notice_due"),
				instant(rs, "noticed_at"), instant(rs, "report_due"), instant(rs, "reported_at"),
				rs.getString("lessons"), rs.getInt("version"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
		return at == null ? null : at.toInstant();
	}
}
