package org.govict.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.govict.inventory.agent.AgentInventories;
import org.govict.inventory.agent.AgentInventory;
import org.govict.mail.Outbox;
import org.govict.platform.security.SystemAccess;
import org.govict.platform.web.InvalidInputException;
import org.govict.support.Demo;
import org.govict.support.IntegrationTest;
import org.govict.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A licence counts the computers of its unit that have the software installed, flags more installations than seats,
 * and its technicians are reminded once at each interval before it ends.
 */
@IntegrationTest
class LicencesCountInstallationsAndRemindBeforeExpiry {

	@Autowired
	SoftwareLicences software;

	@Autowired
	AgentInventories agents;

	@Autowired
	LicenceReminders reminders;

	@Autowired
	Outbox outbox;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	<T> T as(String username, Supplier<T> work) {
		return SignedIn.as(users, username, work);
	}

	long unit(String code) {
		return jdbc.sql("SELECT id FROM organisation_units WHERE code = ?").param(code).query(Long.class).single();
	}

	void computerWith(String host, String softwareName) {
		SystemAccess.call(() -> agents.record(new AgentInventory(host, "BNV-TTTT-CSDL", host, null, null, null, null,
				null, null, null, null, null, List.of(), List.of(new AgentInventory.InstalledSoftware(softwareName, "1.0", "")),
				List.of())));
	}

	@Test
	void installationsBeyondTheSeatsAreFlagged() {
		LicenceForm form = new LicenceForm("CorelDRAW Graphics Suite", 1, "ABCD-1234", "HĐ 12/2025", LocalDate.of(2025, 1, 1),
				LocalDate.of(2027, 1, 1), unit("BNV-TTTT-CSDL"), null, 0);
		Licence licence = as(Demo.MINISTRY_TECHNICIAN, () -> software.register(form));
		assertThat(licence.installed()).isZero();

		computerWith("PC-COREL-1", "CorelDRAW Graphics Suite 2024 (64-Bit)");
		assertThat(as(Demo.MINISTRY_TECHNICIAN, () -> software.get(licence.id())).overUsed()).isFalse();
		computerWith("PC-COREL-2", "coreldraw graphics suite 2021");
		Licence counted = as(Demo.MINISTRY_TECHNICIAN, () -> software.get(licence.id()));
		assertThat(counted.installed()).isEqualTo(2);
		assertThat(counted.overUsed()).isTrue();

		takeCensus();
		assertThat(catalogue("coreldraw")).containsExactlyInAnyOrder("coreldraw graphics suite 2021 1",
				"CorelDRAW Graphics Suite 2024 (64-Bit) 1");

		// The catalogue shows the counts of the last census until the next one.
		computerWith("PC-COREL-3", "coreldraw graphics suite 2021");
		assertThat(catalogue("coreldraw")).containsExactlyInAnyOrder("coreldraw graphics suite 2021 1",
				"CorelDRAW Graphics Suite 2024 (64-Bit) 1");
		takeCensus();
		assertThat(catalogue("coreldraw")).containsExactly("coreldraw graphics suite 2021 2",
				"CorelDRAW Graphics Suite 2024 (64-Bit) 1");
		assertThat(as(Demo.MINISTRY_TECHNICIAN, () -> software.get(licence.id())).installed()).isEqualTo(3);

		// A retired computer no longer takes a seat, nor counts as an installation.
		jdbc.sql("UPDATE inventory_assets SET status = 'RETIRED' WHERE name = 'PC-COREL-3'").update();
		assertThat(as(Demo.MINISTRY_TECHNICIAN, () -> software.get(licence.id())).installed()).isEqualTo(2);
		takeCensus();
		assertThat(catalogue("coreldraw")).containsExactlyInAnyOrder("coreldraw graphics suite 2021 1",
				"CorelDRAW Graphics Suite 2024 (64-Bit) 1");
	}

	void takeCensus() {
		as(Demo.MINISTRY_TECHNICIAN, () -> {
			software.takeCensus();
			return null;
		});
	}

	List<String> catalogue(String text) {
		return as(Demo.MINISTRY_TECHNICIAN, () -> software.catalogue(text, 0)).stream()
			.map(s -> s.name() + " " + s.installations())
			.toList();
	}

	@Test
	void onlyTechniciansKeepLicencesAndDatesMustBeInOrder() {
		LicenceForm backwards = new LicenceForm("Kaspersky", 10, null, null, LocalDate.of(2026, 1, 1),
				LocalDate.of(2025, 1, 1), unit("BNV-TTTT-CSDL"), null, 0);
		assertThatThrownBy(() -> as(Demo.MINISTRY_TECHNICIAN, () -> software.register(backwards)))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> as(Demo.MINISTRY_SECURITY_OFFICER, () -> software.register(backwards)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void techniciansAreRemindedOnceAtEachInterval() {
		LocalDate today = LocalDate.of(2030, 6, 1);
		LicenceForm form = new LicenceForm("Windows Server 2022 Datacenter", 4, null, "HĐ 99/2029", null,
				today.plusDays(25), unit("BNV-TTTT-CSDL"), null, 0);
		as(Demo.MINISTRY_TECHNICIAN, () -> software.register(form));

		long before = outbox.count();
		assertThat(SystemAccess.call(() -> reminders.remind(today))).isEqualTo(1);
		assertThat(outbox.count()).isGreaterThan(before);
		assertThat(outbox.latest(0, 1).get(0).subject()).contains("Windows Server 2022 Datacenter");

		assertThat(SystemAccess.call(() -> reminders.remind(today.plusDays(1)))).isZero();
		assertThat(SystemAccess.call(() -> reminders.remind(today.plusDays(19)))).isEqualTo(1);
		assertThat(SystemAccess.call(() -> reminders.remind(today.plusDays(20)))).isZero();
	}
}
