package org.govict.infosec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.govict.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A register kept with the first 14-measure catalogue (V25) keeps its progress and evidence when V27 brings the
 * catalogue of Circular 12/2022/TT-BTTTT: they move to the measures that replaced the old ones. The migrations run
 * into a schema of their own, dropped afterwards, so that the shared database is not touched.
 */
@IntegrationTest
class FirstCatalogueProgressMovesToTheNewCodes {

	static final String SCHEMA = "infosec_v27_check";

	@Autowired
	DataSource dataSource;

	Flyway upTo(String version) {
		return Flyway.configure()
			.dataSource(dataSource)
			.schemas(SCHEMA)
			.locations("classpath:db/migration")
			.target(version)
			.load();
	}

	@Test
	void progressAndEvidenceKeptUnderOldCodesMoveToTheirReplacements() {
		JdbcClient jdbc = JdbcClient.create(dataSource);
		String s = SCHEMA + ".";
		try {
			upTo("25").migrate();
			long unit = jdbc.sql("INSERT INTO " + s + "organisation_units (code, name_vi, kind, path) "
					+ "VALUES ('V27-CHECK', 'Trung tâm', 'CENTRE', '/') RETURNING id").query(Long.class).single();
			long asset = jdbc.sql("INSERT INTO " + s + "inventory_assets (kind, name, owner_unit_id) "
					+ "VALUES ('INFORMATION_SYSTEM', 'Cổng thông tin', ?) RETURNING id").param(unit).query(Long.class).single();
			long system = jdbc.sql("INSERT INTO " + s + "infosec_systems (asset_id, name, owner_unit_id, kind, "
					+ "suggested_level) VALUES (?, 'Cổng thông tin', ?, 'PUBLIC_SERVICE', 3) RETURNING id")
				.params(asset, unit)
				.query(Long.class)
				.single();
			jdbc.sql("INSERT INTO " + s + "infosec_system_measures (system_id, measure_code, status, reason, updated_by) "
					+ "VALUES (?, 'KT-01', 'MET', NULL, 'antt'), (?, 'QL-05', 'NOT_APPLICABLE', 'Mới vận hành', 'antt')")
				.params(system, system)
				.update();
			jdbc.sql("INSERT INTO " + s + "infosec_evidence (system_id, measure_code, file_name, content_type, content, "
					+ "uploaded_by) VALUES (?, 'KT-01', 'tuong-lua.pdf', 'application/pdf', '\\x25504446'::bytea, 'antt')")
				.param(system)
				.update();

			upTo("27").migrate();

			List<String> progress = jdbc.sql("SELECT measure_code || ' ' || status || ' ' || coalesce(reason, '-') FROM "
					+ s + "infosec_system_measures WHERE system_id = ? ORDER BY measure_code")
				.param(system)
				.query(String.class)
				.list();
			assertThat(progress).containsExactly("KT.1.02 MET -", "QL.5.13 NOT_APPLICABLE Mới vận hành");
			assertThat(jdbc.sql("SELECT measure_code FROM " + s + "infosec_evidence WHERE system_id = ?")
				.param(system)
				.query(String.class)
				.list()).containsExactly("KT.1.02");
			assertThat(jdbc.sql("SELECT replaced_by FROM " + s + "infosec_measures WHERE code = 'KT-01' AND NOT active")
				.query(String.class)
				.single()).isEqualTo("KT.1.02");
			assertThat(jdbc.sql("SELECT count(*) FROM " + s + "infosec_measures WHERE active").query(Long.class).single())
				.isEqualTo(121);
		}
		finally {
			jdbc.sql("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE").update();
		}
	}
}
