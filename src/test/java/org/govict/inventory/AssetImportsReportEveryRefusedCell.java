package org.govict.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Supplier;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.govict.support.Demo;
import org.govict.support.IntegrationTest;
import org.govict.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** An asset file is taken whole or not at all; every refused cell is reported by its row and column. */
@IntegrationTest
class AssetImportsReportEveryRefusedCell {

	static final Locale VI = Locale.forLanguageTag("vi");

	@Autowired
	AssetImports imports;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	<T> T as(String username, Supplier<T> work) {
		return SignedIn.as(users, username, work);
	}

	long count(String prefix) {
		return jdbc.sql("SELECT count(*) FROM inventory_assets WHERE inventory_number LIKE ?")
			.param(prefix + "%")
			.query(Long.class)
			.single();
	}

	@Test
	void aFileWithErrorsImportsNothingAndSaysWhere() {
		String csv = """
				Loại tài sản;Tên tài sản;Mã tài sản;Đơn vị quản lý;Tình trạng;Ngày mua;Hết bảo hành
				Máy in;Máy in phòng 101;IMP-A-1;BNV-TTTT-CSDL;Đang sử dụng;01/03/2024;01/03/2027
				Máy bay;Máy lạ;IMP-A-2;BNV-TTTT-CSDL;;;
				SERVER;;IMP-A-3;KHONG-CO;;31/02/2024;
				PRINTER;Máy in phòng 102;IMP-A-1;BNV-TTTT-CSDL;;01/03/2024;01/03/2023
				""";
		AssetImportResult result = as(Demo.MINISTRY_TECHNICIAN,
				() -> imports.importFile("tai-san.csv", csv.getBytes(StandardCharsets.UTF_8), VI));

		assertThat(result.succeeded()).isFalse();
		assertThat(result.errors()).extracting(e -> e.row() + ":" + e.column())
			.containsExactlyInAnyOrder("3:Loại tài sản", "4:Tên tài sản", "4:Đơn vị quản lý", "4:Ngày mua", "5:Mã tài sản",
					"5:Hết bảo hành");
		assertThat(count("IMP-A-")).isZero();
	}

	@Test
	void aCleanSpreadsheetRegistersEveryRow() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "test", "1.0");
		Worksheet sheet = workbook.newWorksheet("Assets");
		String[][] rows = { { "Kind", "Name", "Inventory number", "Owner unit", "Serial number", "Purchased on" },
				{ "Laptop", "Laptop Dell Latitude 5440", "IMP-B-1", "BNV-TTTT-CSDL", "5CG1234", "15/01/2025" },
				{ "NETWORK_DEVICE", "Switch tầng 2", "IMP-B-2", "BNV-TTTT-CSDL", "", "" } };
		for (int r = 0; r < rows.length; r++) {
			for (int c = 0; c < rows[r].length; c++) {
				sheet.value(r, c, rows[r][c]);
			}
		}
		workbook.finish();

		AssetImportResult result = as(Demo.MINISTRY_TECHNICIAN,
				() -> imports.importFile("assets.xlsx", out.toByteArray(), Locale.ENGLISH));

		assertThat(result.errors()).isEmpty();
		assertThat(result.registered()).isEqualTo(2);
		assertThat(jdbc.sql("SELECT kind FROM inventory_assets WHERE inventory_number = 'IMP-B-1'")
			.query(String.class)
			.single()).isEqualTo("LAPTOP");
	}
}
