package org.govict.infosec.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.govict.infosec.Decree85Facts;
import org.govict.infosec.Dependence;
import org.govict.infosec.DossierStatus;
import org.govict.infosec.InformationSystem;
import org.govict.infosec.LegalBasis;
import org.govict.infosec.LevelRules;
import org.govict.infosec.SecurityHarm;
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
			SELECT id, asset_id, name, owner_unit_id, kind, public_info, private_info, personal_info, state_secret,
			       defence_security, security_harm, administrative_procedures, conditional_business,
			       basic_data_subjects, sensitive_data_subjects, reach, works_grade, national_data,
			       personal_data, online_service_level, regular_users, dependents, status, suggested_level,
			       proposed_level, legal_basis, dossier_date, appraising_unit, appraisal_due, appraised_on,
			       appraisal_opinion, approved_level, decision_number, decision_date, approving_authority,
			       to_reclassify, version
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

	/** Registers a system with the facts of Decree 331; the Decree 85 columns keep their defaults. */
	public long insert(long assetId, String name, long unitId, SystemFacts f, int suggested) {
		return jdbc.sql("""
				INSERT INTO infosec_systems (asset_id, name, owner_unit_id, kind, public_info, private_info,
				    personal_info, state_secret, defence_security, security_harm, administrative_procedures,
				    conditional_business, basic_data_subjects, sensitive_data_subjects, reach, works_grade,
				    national_data, suggested_level)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(assetId, name, unitId, f.kind().name(), f.publicInfo(), f.privateInfo(), f.personalInfo(),
					f.stateSecret(), f.defenceSecurity(), f.securityHarm().name(), f.administrativeProcedures(),
					f.conditionalBusiness(), f.basicDataSubjects(), f.sensitiveDataSubjects(), f.reach().name(),
					f.worksGrade() == null ? null : f.worksGrade().name(), f.nationalData(), suggested)
			.query(Long.class)
			.single();
	}

	public boolean updateFacts(long id, String name, long unitId, SystemFacts f, int suggested, boolean reclassify,
			int version) {
		return jdbc.sql("""
				UPDATE infosec_systems SET name = ?, owner_unit_id = ?, kind = ?, public_info = ?, private_info = ?,
				    personal_info = ?, state_secret = ?, defence_security = ?, security_harm = ?,
				    administrative_procedures = ?, conditional_business = ?, basic_data_subjects = ?,
				    sensitive_data_subjects = ?, reach = ?, works_grade = ?, national_data = ?, suggested_level = ?,
				    to_reclassify = to_reclassify OR ?, updated_at = now(), version = version + 1
				WHERE id = ? AND version = ?""")
			.params(name, unitId, f.kind().name(), f.publicInfo(), f.privateInfo(), f.personalInfo(), f.stateSecret(),
					f.defenceSecurity(), f.securityHarm().name(), f.administrativeProcedures(), f.conditionalBusiness(),
					f.basicDataSubjects(), f.sensitiveDataSubjects(), f.reach().name(),
					f.worksGrade() == null ? null : f.worksGrade().name(), f.nationalData(), suggested, reclassify, id,
					version)
			.update() == 1;
	}

	public void propose(long id, int level, LegalBasis basis, LocalDate dossierDate, String appraisingUnit,
			LocalDate due) {
		jdbc.sql("""
				UPDATE infosec_systems SET status = 'PROPOSED', proposed_level = ?, legal_basis = ?, dossier_date = ?,
				    appraising_unit = ?, appraisal_due = ?, appraised_on = NULL, appraisal_opinion = NULL,
				    updated_at = now(), version = version + 1
				WHERE id = ?""").params(level, basis.name(), dossierDate, appraisingUnit, due, id).update();
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

	/**
	 * Reads a system. The suggested level is worked out from the facts with the rules in force, so that systems
	 * registered under Decree 85 show what Decree 331 gives them; the stored one is rewritten when the facts change.
	 */
	static InformationSystem map(ResultSet rs, int row) throws SQLException {
		String grade = rs.getString("works_grade");
		SystemFacts facts = new SystemFacts(SystemKind.valueOf(rs.getString("kind")), rs.getBoolean("public_info"),
				rs.getBoolean("private_info"), rs.getBoolean("personal_info"), rs.getBoolean("state_secret"),
				rs.getBoolean("defence_security"), SecurityHarm.valueOf(rs.getString("security_harm")),
				rs.getBoolean("administrative_procedures"), rs.getBoolean("conditional_business"),
				rs.getInt("basic_data_subjects"), rs.getInt("sensitive_data_subjects"),
				SystemReach.valueOf(rs.getString("reach")), grade == null ? null : WorksGrade.valueOf(grade),
				rs.getBoolean("national_data"));
		Decree85Facts decree85 = new Decree85Facts(rs.getBoolean("personal_data"), rs.getInt("online_service_level"),
				rs.getInt("regular_users"), Dependence.valueOf(rs.getString("dependents")));
		String basis = rs.getString("legal_basis");
		return new InformationSystem(rs.getLong("id"), rs.getLong("asset_id"), rs.getString("name"),
				rs.getLong("owner_unit_id"), facts, decree85, DossierStatus.valueOf(rs.getString("status")),
				LevelRules.suggest(facts).level(), rs.getObject("proposed_level", Integer.class),
				basis == null ? null : LegalBasis.valueOf(basis), rs.getObject("dossier_date", LocalDate.class),
				rs.getString("appraising_unit"), rs.getObject("appraisal_due", LocalDate.class),
				rs.getObject("appraised_on", LocalDate.class), rs.getString("appraisal_opinion"),
				rs.getObject("approved_level", Integer.class), rs.getString("decision_number"),
				rs.getObject("decision_date", LocalDate.class), rs.getString("approving_authority"),
				rs.getBoolean("to_reclassify"), rs.getInt("version"));
	}
}
