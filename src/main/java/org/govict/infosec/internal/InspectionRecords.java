package org.govict.infosec.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.govict.infosec.Inspection;
import org.govict.infosec.Inspection.Finding;
import org.govict.infosec.Inspection.Remediation;
import org.govict.infosec.InspectionForm;
import org.govict.infosec.InspectionKind;
import org.govict.infosec.Severity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Inspections, their systems, findings and remediation tasks. */
@Repository
public class InspectionRecords {

	private final JdbcClient jdbc;

	InspectionRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(InspectionForm f, long unitId) {
		long id = jdbc.sql("""
				INSERT INTO infosec_inspections (kind, title, owner_unit_id, planned_on) VALUES (?, ?, ?, ?)
				RETURNING id""").params(f.kind().name(), f.title().strip(), unitId, f.plannedOn())
			.query(Long.class)
			.single();
		for (Long systemId : f.systemIds().stream().distinct().toList()) {
			jdbc.sql("INSERT INTO infosec_inspection_systems (inspection_id, system_id) VALUES (?, ?)")
				.params(id, systemId)
				.update();
		}
		return id;
	}

	public List<Long> ids() {
		return jdbc.sql("SELECT id FROM infosec_inspections ORDER BY done_on IS NOT NULL, planned_on DESC, id DESC")
			.query(Long.class)
			.list();
	}

	public Optional<Inspection> find(long id) {
		record Head(long id, InspectionKind kind, String title, long unitId, LocalDate plannedOn, LocalDate doneOn) {
		}
		Optional<Head> head = jdbc.sql("SELECT * FROM infosec_inspections WHERE id = ?")
			.param(id)
			.query((rs, row) -> new Head(rs.getLong("id"), InspectionKind.valueOf(rs.getString("kind")),
					rs.getString("title"), rs.getLong("owner_unit_id"), rs.getObject("planned_on", LocalDate.class),
					rs.getObject("done_on", LocalDate.class)))
			.optional();
		if (head.isEmpty()) {
			return Optional.empty();
		}
		List<Long> systems = jdbc
			.sql("SELECT system_id FROM infosec_inspection_systems WHERE inspection_id = ? ORDER BY system_id")
			.param(id)
			.query(Long.class)
			.list();
		Map<Long, List<Remediation>> tasks = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT r.* FROM infosec_remediations r JOIN infosec_findings f ON f.id = r.finding_id
				WHERE f.inspection_id = ? ORDER BY r.due_on, r.id""").param(id).query(rs -> {
			Remediation r = remediation(rs);
			tasks.computeIfAbsent(r.findingId(), k -> new ArrayList<>()).add(r);
		});
		List<Finding> findings = jdbc.sql("SELECT * FROM infosec_findings WHERE inspection_id = ? ORDER BY id")
			.param(id)
			.query((rs, row) -> new Finding(rs.getLong("id"), rs.getObject("system_id", Long.class),
					rs.getString("description"), Severity.valueOf(rs.getString("severity")),
					tasks.getOrDefault(rs.getLong("id"), List.of())))
			.list();
		Head h = head.get();
		return Optional.of(new Inspection(h.id(), h.kind(), h.title(), h.unitId(), h.plannedOn(), h.doneOn(), systems,
				findings));
	}

	public long addFinding(long inspectionId, Long systemId, String description, Severity severity) {
		return jdbc.sql("""
				INSERT INTO infosec_findings (inspection_id, system_id, description, severity) VALUES (?, ?, ?, ?)
				RETURNING id""").params(inspectionId, systemId, description, severity.name())
			.query(Long.class)
			.single();
	}

	public Optional<Long> inspectionOfFinding(long findingId) {
		return jdbc.sql("SELECT inspection_id FROM infosec_findings WHERE id = ?")
			.param(findingId)
			.query(Long.class)
			.optional();
	}

	public long addRemediation(long findingId, String task, String owner, LocalDate due) {
		return jdbc.sql("""
				INSERT INTO infosec_remediations (finding_id, task, owner, due_on) VALUES (?, ?, ?, ?) RETURNING id""")
			.params(findingId, task, owner, due)
			.query(Long.class)
			.single();
	}

	public Optional<Remediation> remediation(long id) {
		return jdbc.sql("SELECT * FROM infosec_remediations WHERE id = ?")
			.param(id)
			.query((rs, row) -> remediation(rs))
			.optional();
	}

	public void closeRemediation(long id, LocalDate on, String outcome) {
		jdbc.sql("UPDATE infosec_remediations SET closed_on = ?, outcome = ? WHERE id = ?")
			.params(on, outcome, id)
			.update();
	}

	public void complete(long id, LocalDate on) {
		jdbc.sql("UPDATE infosec_inspections SET done_on = ? WHERE id = ?").params(on, id).update();
	}

	/** The open remediation tasks past their date, with the inspection they belong to. */
	public List<Long[]> overdue(LocalDate today) {
		return jdbc.sql("""
				SELECT r.id, f.inspection_id FROM infosec_remediations r JOIN infosec_findings f ON f.id = r.finding_id
				WHERE r.closed_on IS NULL AND r.due_on < ? ORDER BY r.due_on, r.id""")
			.param(today)
			.query((rs, row) -> new Long[] { rs.getLong(1), rs.getLong(2) })
			.list();
	}

	private static Remediation remediation(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Remediation(rs.getLong("id"), rs.getLong("finding_id"), rs.getString("task"), rs.getString("owner"),
				rs.getObject("due_on", LocalDate.class), rs.getObject("closed_on", LocalDate.class),
				rs.getString("outcome"));
	}
}
