package org.govict.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;

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
 * A technician registers the assets of their units and finds them again without diacritics; staff of another
 * province see none of them, and only technicians change the inventory.
 */
@IntegrationTest
class InventoryKeepsAssetsWithinScope {

	@Autowired
	Inventory inventory;

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

	AssetForm printer(String number) {
		return new AssetForm(AssetKind.PRINTER, "Máy in tầng 3 " + number, number, "SN-" + number, "HP",
				"LaserJet M404", unit("BNV-TTTT-CSDL"), "Phòng 305", null, null, LocalDate.of(2024, 3, 1),
				LocalDate.of(2027, 3, 1), null, Map.of("ip", "10.0.3.15"), null);
	}

	@Test
	void aTechnicianRegistersAnAssetThatIsFoundWithoutDiacritics() {
		String number = "TS-" + System.nanoTime() % 1_000_000;
		Asset printer = as(Demo.MINISTRY_TECHNICIAN, () -> inventory.register(printer(number)));
		assertThat(printer.status()).isEqualTo(AssetStatus.IN_USE);
		assertThat(printer.attributes()).containsEntry("ip", "10.0.3.15");

		assertThat(as(Demo.MINISTRY_TECHNICIAN, () -> inventory.search(AssetQuery.text("may in tang 3 " + number))))
			.extracting(Asset::id)
			.containsExactly(printer.id());
		assertThat(as(Demo.DANANG_STAFF, () -> inventory.search(AssetQuery.text(number)))).isEmpty();
		assertThat(as(Demo.DANANG_STAFF, () -> inventory.find(printer.id()))).isEmpty();
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entries WHERE record_type = 'Asset' AND record_id = ?")
			.param(String.valueOf(printer.id())).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void onlyTechniciansChangeTheInventoryAndNumbersAreUnique() {
		String number = "TS-" + System.nanoTime() % 1_000_000;
		assertThatThrownBy(() -> as(Demo.MINISTRY_LEADER, () -> inventory.register(printer(number))))
			.isInstanceOf(AccessDeniedException.class);
		as(Demo.MINISTRY_TECHNICIAN, () -> inventory.register(printer(number)));
		assertThatThrownBy(() -> as(Demo.MINISTRY_TECHNICIAN, () -> inventory.register(printer(number))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.getErrors().getFieldError("inventoryNumber").getCode())
						.isEqualTo("inventory.error.numberTaken"));
	}
}
