package org.govict.infosec.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.govict.infosec.Dependence;
import org.govict.infosec.DossierStatus;
import org.govict.infosec.InformationSystem;
import org.govict.infosec.SystemFacts;
import org.govict.infosec.SystemKind;
import org.govict.infosec.SystemReach;
import org.govict.infosec.WorksGrade;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The register of information systems and their level dossiers. */
@Repository
public class Systems {

	private static final String COLUMNS = """
			SELECT id, asset_id, name, owner_unit_id, kind, personal_data, online_service_level, regular_users, reach,
			       works_grade, dependents, status, suggested_level, proposed_level, dossier_date, appraising_unit,
			       appraisal_due, appraised_on, appraisal_opinion, approved_level, decision_number, decision_date,
			       approving_authority, to_reclassify, version
			FROM infosec_systems
			""";

	private final JdbcClient jdbc;

	Systems(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<InformationSystem> find(long id) {
		return jdbc.sql(COLUMNS + " WHERE id = ?").param(id).query(Systems::map).optional();
	}

	public List<InformationSystem> all() {
		return jdbc.sql(COLUMNS + " ORDER BY name").query(Systems::map).list();
	}

	public boolean assetTaken(long assetId, Long exceptId) {
		return jdbc.sql("SELECT count(*) FROM infosec_systems WHERE asset_id = ? AND id <> ?")
			.params(assetId, exceptId == null ? -1 : exceptId)
			.query(Long.class)
			.single() > 0;
	}

	public long insert(long assetId, String name, long unitId, SystemFacts f, int suggested) {
		return jdbc.sql("""
				INSERT INTO infosec_systems (asset_id, name, owner_unit_id, kind, personal_data, online_service_level,
				    regular_users, reach, works_grade, dependents, suggested_level)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(assetId, name, unitId, f.kind().name(), f.personalData(), f.onlineServiceLevel(),
					f.regularUsers(), f.reach().name(), f.worksGrade() == null ? null : f.worksGrade().name(),
					f.dependents().name(), suggested)
			.query(Long.class)
			.single();
	}

	public boolean updateFacts(long id, String name, long unitId, SystemFacts f, int suggested, boolean reclassify,
			int version) {
		return jdbc.sql("""
				UPDATE infosec_systems SET name = ?, owner_unit_id = ?, kind = ?, personal_data = ?,
				    online_service_level = ?, regular_users = ?, reach = ?, works_grade = ?, dependents = ?,
				    suggested_level = ?, to_reclassify = to_reclassify OR ?, updated_at = now(), version = version + 1
				WHERE id = ? AND version = ?""")
			.params(name, unitId, f.kind().name(), f.personalData(), f.onlineServiceLevel(), f.regularUsers(),
					f.reach().name(), f.worksGrade() == null ? null : f.worksGrade().name(), f.dependents().name(),
					suggested, reclassify, id, version)
			.update() == 1;
	}

	public void propose(long id, int level, LocalDate dossierDate, String appraisingUnit, LocalDate due) {
		jdbc.sql("""
				UPDATE infosec_systems SET status = 'PROPOSED', proposed_level = ?, dossier_date = ?, appraising_unit = ?,
				    appraisal_due = ?, appraised_on = NULL, appraisal_opinion = NULL, updated_at = now(),
				    version = version + 1
				WHERE id = ?""").params(level, dossierDate, appraisingUnit, due, id).update();
	}

	public void appraise(long id, LocalDate on, String opinion) {
		jdbc.sql("""
				UPDATE infosec_systems SET status = 'APPRAISED', appraised_on = ?, appraisal_opinion = ?,
				    updated_at = now(), version = version + 1
				WHERE id = ?""").params(on, opinion, id).update();
	}

	public void approve(long id, String number, LocalDate date, String authority) {
		jdbc.sql("""
				UPDATE infosec_systems SET status = 'APPROVED', approved_level = proposed_level, decision_number = ?,
				    decision_date = ?, approving_authority = ?, to_reclassify = FALSE, updated_at = now(),
				    version = version + 1
				WHERE id = ?""").params(number, date, authority, id).update();
	}

	static InformationSystem map(ResultSet rs, int row) throws SQLException {
		String grade = rs.getString("works_grade");
		SystemFacts facts = new SystemFacts(SystemKind.valueOf(rs.getString("kind")), rs.getBoolean("personal_data"),
				rs.getInt("online_service_level"), rs.getInt("regular_users"), SystemReach.valueOf(rs.getString("reach")),
				grade == null ? null : WorksGrade.valueOf(grade), Dependence.valueOf(rs.getString("dependents")));
		return new InformationSystem(rs.getLong("id"), rs.getLong("asset_id"), rs.getString("name"),
				rs.getLong("owner_unit_id"), facts, DossierStatus.valueOf(rs.getString("status")),
				rs.getInt("suggested_level"), rs.getObject("proposed_level", Integer.class),
				rs.getObject("dossier_date", LocalDate.class), rs.getString("appraising_unit"),
				rs.getObject("appraisal_due", LocalDate.class), rs.getObject("appraised_on", LocalDate.class),
				rs.getString("appraisal_opinion"), rs.getObject("approved_level", Integer.class),
				rs.getString("decision_number"), rs.getObject("decision_date", LocalDate.class),
				rs.getString("approving_authority"), rs.getBoolean("to_reclassify"), rs.getInt("version"));
	}
}
