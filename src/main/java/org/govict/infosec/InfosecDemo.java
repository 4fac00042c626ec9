package org.govict.infosec;

import java.time.LocalDate;

import org.govict.platform.security.SystemAccess;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's register of information systems, once the demo assets exist: the national database of cadres, civil
 * servants and public employees, registered with its facts and proposed at the level the rules suggest, its dossier
 * waiting for appraisal.
 */
@Component
@Profile("demo")
@Order(41)
class InfosecDemo implements ApplicationRunner {

	private final JdbcClient jdbc;

	private final SecurityLevels levels;

	private final TransactionTemplate transaction;

	InfosecDemo(JdbcClient jdbc, SecurityLevels levels, TransactionTemplate transaction) {
		this.jdbc = jdbc;
		this.levels = levels;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean empty = jdbc.sql("SELECT count(*) FROM infosec_systems").query(Long.class).single() == 0;
		Long asset = jdbc.sql("SELECT id FROM inventory_assets WHERE inventory_number = 'TTTT-HT-01'")
			.query(Long.class)
			.optional()
			.orElse(null);
		if (!empty || asset == null) {
			return;
		}
		long centre = jdbc.sql("SELECT owner_unit_id FROM inventory_assets WHERE id = ?").param(asset).query(Long.class).single();
		SystemAccess.run(() -> transaction.executeWithoutResult(status -> {
			// A database shared by the agencies of the whole country, holding the personal data, some of it
			// sensitive (health, religion, ethnicity), of 2.5 million people.
			InformationSystem system = levels.register(new SystemForm("Cơ sở dữ liệu cán bộ, công chức, viên chức",
					centre, asset, SystemKind.INFRASTRUCTURE, false, true, true, false, false, SecurityHarm.NONE, false,
					false, 2_500_000, 2_500_000, SystemReach.NATIONAL, null, false));
			levels.propose(system.id(), new ProposalForm(system.suggestedLevel(), LocalDate.now().minusDays(3),
					"Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao, Bộ Công an"));
		}));
	}
}
