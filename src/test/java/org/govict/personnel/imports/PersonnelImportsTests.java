package org.govict.personnel.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.govict.identity.internal.AccountDetailsService;
import org.govict.personnel.ImportMode;
import org.govict.personnel.ImportRefusal;
import org.govict.personnel.ImportStatus;
import org.govict.personnel.PersonnelImport;
import org.govict.personnel.PersonnelImports;
import org.govict.personnel.RecordQuery;
import org.govict.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Imports against the real database: both modes, updates by ID number, re-imports, resuming, scope, export. */
@IntegrationTest
class PersonnelImportsTests {

	static final Locale VI = Locale.forLanguageTag("vi");

	static final String HEADER = "Họ và tên khai sinh,Số định danh cá nhân,Giới tính,Ngày sinh,Mã đơn vị,rank_code,"
			+ "Salary step,Ngày hưởng,Điện thoại";

	@Autowired
	PersonnelImports imports;

	@Autowired
	Imports stored;

	@Autowired
	ImportRunner runner;

	@Autowired
	org.govict.personnel.PersonnelRegistry registry;

	@Autowired
	AccountDetailsService accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	void signIn(String username) {
		UserDetails user = accounts.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	static byte[] csv(String... rows) {
		return (HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
	}

	static String row(String name, String id, String unit, String phone) {
		return name + "," + id + ",Nữ,14/03/1990," + unit + ",01.003,2,01/06/2021," + phone;
	}

	PersonnelImport importFile(byte[] content, ImportMode mode) {
		PersonnelImport started = imports.upload("test.csv", new ByteArrayInputStream(content), mode, null, VI);
		return awaitEnd(started.id());
	}

	PersonnelImport awaitEnd(long id) {
		for (int i = 0; i < 600; i++) {
			PersonnelImport found = imports.get(id);
			if (found.status().finished()) {
				return found;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		return fail("the import did not end");
	}

	boolean exists(String idNumber) {
		return jdbc.sql("SELECT count(*) FROM personnel_records WHERE id_number = ?").param(idNumber)
			.query(Long.class).single() == 1;
	}

	List<Map<String, Object>> changes(String idNumber) {
		return jdbc.sql("""
				SELECT c.kind, c.changes::text AS changes FROM personnel_record_changes c
				JOIN personnel_records r ON r.id = c.record_id WHERE r.id_number = ? ORDER BY c.id""")
			.param(idNumber).query().listOfRows();
	}

	@Test
	void validRowsLoadsExactlyTheGoodRowsAndReportsTheBadOnes() {
		signIn("tochuc.danang");
		PersonnelImport done = importFile(csv(row("Nguyễn Thị Hương", "048190700001", "DNG-SKHCN-CNTT", "0905000001"),
				row("TrÇn ThÞ Thu", "48190700002", "DNG-SNV", ""),
				"Phạm Thị Đông,048190700003,Nữ,31/02/1990,DNG-SNV,01.003,2,01/06/2021,",
				row("Lê Thị Lan", "048190700001", "DNG-SNV", "")), ImportMode.VALID_ROWS);

		assertThat(done.status()).isEqualTo(ImportStatus.DONE);
		assertThat(done.rowsRead()).isEqualTo(4);
		assertThat(done.rowsLoaded()).isEqualTo(2);
		assertThat(done.rowsRefused()).isEqualTo(2);
		assertThat(exists("048190700001")).isTrue();
		// Repaired ID number (leading zero lost) and a TCVN3 name converted.
		assertThat(jdbc.sql("SELECT full_name FROM personnel_records WHERE id_number = '048190700002'")
			.query(String.class).single()).isEqualTo("Trần Thị Thu");
		assertThat(exists("048190700003")).isFalse();
		assertThat(changes("048190700001")).singleElement().extracting(c -> c.get("kind")).isEqualTo("IMPORTED");
		// The coefficient followed from rank and step, and the record has one open report period.
		assertThat(jdbc.sql("""
				SELECT coefficient FROM personnel_record_periods p JOIN personnel_records r ON r.id = p.record_id
				WHERE r.id_number = '048190700001' AND p.valid_to IS NULL""").query(String.class).single())
			.isEqualTo("2.67");

		List<PersonnelImports.RefusalLine> lines = imports.refusalLines(done.id(), 100, VI);
		assertThat(lines).extracting(PersonnelImports.RefusalLine::row).containsExactly(4L, 5L);
		assertThat(lines.get(0).column()).isEqualTo("Ngày sinh");
		assertThat(lines.get(0).message()).contains("31/02/1990");
		assertThat(lines.get(1).column()).isEqualTo("Số định danh cá nhân");
		assertThat(lines.get(1).message()).isEqualTo("Số định danh này đã có ở dòng 2 của tệp.");

		ByteArrayOutputStream report = new ByteArrayOutputStream();
		imports.writeRefusals(done.id(), Sheets.Format.XLSX, report, VI);
		assertThat(report.toByteArray()).startsWith('P', 'K');
	}

	@Test
	void allOrNothingLoadsNothingWhenARowIsRefused() {
		signIn("tochuc.danang");
		PersonnelImport done = importFile(csv(row("Nguyễn Thị Mai", "048190700011", "DNG-SNV", ""),
				row("Nguyễn Thị Hoa", "048190700012", "DNG-NOWHERE", "")), ImportMode.ALL_OR_NOTHING);

		assertThat(done.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(done.failure()).isEqualTo("personnel.import.nothingLoaded");
		assertThat(done.rowsLoaded()).isZero();
		assertThat(done.rowsRefused()).isEqualTo(1);
		assertThat(exists("048190700011")).isFalse();
		assertThat(exists("048190700012")).isFalse();
		assertThat(imports.refusals(done.id(), 10)).singleElement()
			.satisfies(r -> {
				assertThat(r.row()).isEqualTo(3);
				assertThat(r.column()).isEqualTo(ImportColumns.UNIT_CODE);
				assertThat(r.messageKey()).isEqualTo("personnel.import.unknownUnitCode");
			});
	}

	@Test
	void allOrNothingLoadsEveryRowWhenAllAreValid() {
		signIn("tochuc.danang");
		PersonnelImport done = importFile(csv(row("Nguyễn Thị Na", "048190700021", "DNG-SNV", ""),
				row("Nguyễn Thị Nga", "048190700022", "DNG-SNV", "")), ImportMode.ALL_OR_NOTHING);

		assertThat(done.status()).isEqualTo(ImportStatus.DONE);
		assertThat(done.rowsLoaded()).isEqualTo(2);
		assertThat(exists("048190700021")).isTrue();
		assertThat(exists("048190700022")).isTrue();
	}

	@Test
	void anUpdateByIdNumberRecordsOnlyTheDifferingFieldsAndTheSameFileTwiceChangesNothing() {
		signIn("tochuc.danang");
		importFile(csv(row("Võ Thị Sáu", "048190700031", "DNG-SNV", "0905000031")), ImportMode.VALID_ROWS);
		byte[] changed = csv(row("Võ Thị Sáu", "048190700031", "DNG-SNV", "0905999999"));

		PersonnelImport update = importFile(changed, ImportMode.VALID_ROWS);
		assertThat(update.rowsLoaded()).isEqualTo(1);
		List<Map<String, Object>> changes = changes("048190700031");
		assertThat(changes).hasSize(2);
		assertThat(changes.get(1).get("kind")).isEqualTo("IMPORTED");
		assertThat(changes.get(1).get("changes").toString()).isEqualTo("{\"phone\": \"0905999999\"}");

		PersonnelImport again = importFile(changed, ImportMode.VALID_ROWS);
		assertThat(again.status()).isEqualTo(ImportStatus.DONE);
		assertThat(again.rowsLoaded()).isZero();
		assertThat(again.rowsUnchanged()).isEqualTo(1);
		assertThat(changes("048190700031")).hasSize(2);
	}

	@Test
	void aTransferByImportClosesTheReportPeriodOnTheEffectiveDay() {
		signIn("tochuc.danang");
		PersonnelImport first = imports.upload("a.csv",
				new ByteArrayInputStream(csv(row("Đặng Thị Thuỳ", "048190700041", "DNG-SNV", ""))),
				ImportMode.VALID_ROWS, LocalDate.now().minusDays(10), VI);
		awaitEnd(first.id());
		importFile(csv(row("Đặng Thị Thuỳ", "048190700041", "DNG-SKHCN", "")), ImportMode.VALID_ROWS);

		List<Map<String, Object>> periods = jdbc.sql("""
				SELECT p.valid_from, p.valid_to, u.code FROM personnel_record_periods p
				JOIN personnel_records r ON r.id = p.record_id JOIN organisation_units u ON u.id = p.unit_id
				WHERE r.id_number = '048190700041' ORDER BY p.valid_from""").query().listOfRows();
		assertThat(periods).hasSize(2);
		assertThat(periods.get(0).get("code")).isEqualTo("DNG-SNV");
		assertThat(periods.get(0).get("valid_to").toString()).isEqualTo(LocalDate.now().toString());
		assertThat(periods.get(1).get("code")).isEqualTo("DNG-SKHCN");
		assertThat(periods.get(1).get("valid_to")).isNull();
	}

	@Test
	void aResumedImportLoadsNoRowTwice() {
		signIn("tochuc.danang");
		String a = row("Hồ Thị Một", "048190700051", "DNG-SNV", "");
		String b = row("Hồ Thị Hai", "048190700052", "DNG-SNV", "");
		// A run that died after committing the batch of rows 2 and 3.
		importFile(csv(a, b), ImportMode.VALID_ROWS);
		byte[] whole = csv(a, b, row("Hồ Thị Ba", "048190700053", "DNG-SNV", ""),
				row("Hồ Thị Bốn", "048190700054", "DNG-SNV", ""), row("Hồ Thị Năm", "048190700051", "DNG-SNV", ""));
		long id = new TransactionTemplate(transactions).execute(s -> {
			long[] file = stored.storeFile(new ByteArrayInputStream(whole));
			long importId = stored.insert("resumed.csv", "CSV", ImportMode.VALID_ROWS, LocalDate.now(), file[0], file[1],
					"tochuc.danang", registry.scopePrefixes(), false, "vi");
			jdbc.sql("""
					UPDATE personnel_imports SET status = 'RUNNING', node = 'dead-node', checkpoint_row = 3,
					    rows_read = 2, rows_loaded = 2, heartbeat_at = now() - interval '1 hour', started_at = now()
					WHERE id = ?""").param(importId).update();
			return importId;
		});
		runner.wake();
		PersonnelImport resumed = awaitEnd(id);

		assertThat(resumed.status()).isEqualTo(ImportStatus.DONE);
		assertThat(imports.refusals(id, 10)).extracting(ImportRefusal::row, ImportRefusal::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(6L, "personnel.import.repeatedId"));
		assertThat(resumed.rowsRead()).isEqualTo(5);
		assertThat(resumed.rowsLoaded()).isEqualTo(4);
		assertThat(exists("048190700053")).isTrue();
		assertThat(exists("048190700054")).isTrue();
		assertThat(changes("048190700051")).hasSize(1);
		assertThat(changes("048190700052")).hasSize(1);
		// The repeat on row 6 is found although row 2 was read only for its ID number.
		assertThat(imports.refusals(id, 10)).extracting(ImportRefusal::row, ImportRefusal::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(6L, "personnel.import.repeatedId"));
	}

	@Test
	void anExportImportedAgainChangesNothing() {
		signIn("tochuc.danang");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		imports.export(new RecordQuery(null, null, null, null, null, null, null, null, null, 0, 0), Sheets.Format.XLSX,
				out, VI);
		PersonnelImport again = imports.upload("ho-so.xlsx", new ByteArrayInputStream(out.toByteArray()),
				ImportMode.ALL_OR_NOTHING, null, VI);
		PersonnelImport done = awaitEnd(again.id());

		assertThat(imports.refusalLines(done.id(), 5, VI)).isEmpty();
		assertThat(done.status()).isEqualTo(ImportStatus.DONE);
		assertThat(done.rowsRead()).isPositive();
		assertThat(done.rowsUnchanged()).isEqualTo(done.rowsRead());
		assertThat(done.rowsLoaded()).isZero();
	}

	@Test
	void spreadsheetNumbersAndDatesAreReadAsTheOfficerSawThem() throws Exception {
		signIn("tochuc.danang");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(out, "Test", "1.0");
		org.dhatim.fastexcel.Worksheet sheet = workbook.newWorksheet("Hồ sơ");
		List<String> header = List.of("Họ và tên khai sinh", "Số định danh cá nhân", "Giới tính", "Ngày sinh",
				"Mã đơn vị", "Bậc lương");
		for (int c = 0; c < header.size(); c++) {
			sheet.value(0, c, header.get(c));
		}
		sheet.value(1, 0, "Phan Thị Số");
		sheet.value(1, 1, 48190700101L);
		sheet.value(1, 2, "Nữ");
		sheet.value(1, 3, LocalDate.of(1990, 3, 14));
		sheet.style(1, 3).format("dd/mm/yyyy").set();
		sheet.value(1, 4, "DNG-SNV");
		sheet.value(1, 5, 2);
		sheet.finish();
		workbook.finish();
		PersonnelImport done = awaitEnd(imports.upload("so.xlsx", new ByteArrayInputStream(out.toByteArray()),
				ImportMode.ALL_OR_NOTHING, null, VI).id());

		assertThat(imports.refusalLines(done.id(), 5, VI)).isEmpty();
		assertThat(done.rowsLoaded()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT birth_date::text FROM personnel_records WHERE id_number = '048190700101'")
			.query(String.class).single()).isEqualTo("1990-03-14");
	}

	@Test
	void aWaitingImportCancelledDropsItsFile() {
		signIn("tochuc.danang");
		long[] ids = new TransactionTemplate(transactions).execute(s -> {
			long[] file = stored.storeFile(new ByteArrayInputStream(csv(row("Hà Thị Hủy", "048190700071", "DNG-SNV", ""))));
			long importId = stored.insert("cancel.csv", "CSV", ImportMode.VALID_ROWS, LocalDate.now(), file[0], file[1],
					"tochuc.danang", registry.scopePrefixes(), false, "vi");
			assertThat(stored.cancel(importId)).isTrue();
			return new long[] { importId, file[0] };
		});
		PersonnelImport cancelled = imports.get(ids[0]);
		assertThat(cancelled.status()).isEqualTo(ImportStatus.CANCELLED);
		assertThat(jdbc.sql("SELECT count(*) FROM pg_largeobject_metadata WHERE oid = ?").param(ids[1])
			.query(Long.class).single()).isZero();
		assertThat(exists("048190700071")).isFalse();
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> imports.cancel(ids[0]))
			.isInstanceOf(org.govict.platform.web.RuleViolationException.class);
	}

	@Test
	void anOfficerCannotImportIntoUnitsOutsideTheirScope() {
		signIn("tochuc.danang");
		String bnvPerson = jdbc.sql("SELECT id_number FROM personnel_records WHERE unit_path LIKE ("
				+ "SELECT path FROM organisation_units WHERE code = 'BNV-TTTT') || '%' LIMIT 1").query(String.class).single();
		PersonnelImport done = importFile(csv(row("Lý Thị Ba", "048190700061", "BNV-TTTT", ""),
				"," + bnvPerson + ",,,,,,,0900000000"), ImportMode.VALID_ROWS);

		assertThat(done.rowsLoaded()).isZero();
		assertThat(exists("048190700061")).isFalse();
		assertThat(imports.refusals(done.id(), 10)).extracting(ImportRefusal::messageKey)
			.containsExactly("personnel.value.unitOutOfScope", "personnel.import.recordOutOfScope");
	}

	@Test
	void staffWithoutTheHrRoleCannotImport() {
		signIn("lanhdao.tttt");
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> imports.upload("x.csv", new ByteArrayInputStream(csv()), ImportMode.VALID_ROWS,
					null, VI))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
	}

	@Test
	void aFileThatIsNeitherCsvNorXlsxIsRefused() {
		signIn("tochuc.danang");
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> imports.upload("x.xlsx", new ByteArrayInputStream(new byte[] { 0, 1, 2, 3 }),
					ImportMode.VALID_ROWS, null, VI))
			.isInstanceOf(org.govict.personnel.RecordRefused.class);
	}

	@Test
	void anExportHoldsOnlyRecordsInScopeInTheColumnsOfTheImport() {
		signIn("tochuc.danang");
		String dngRoot = jdbc.sql("SELECT substring(path from '^/[0-9]+/') FROM organisation_units WHERE code = 'DNG-SNV'")
			.query(String.class).single();
		String dng = jdbc.sql("SELECT id_number FROM personnel_records WHERE unit_path LIKE ? LIMIT 1")
			.param(dngRoot + "%").query(String.class).single();
		String bnv = jdbc.sql("SELECT id_number FROM personnel_records WHERE unit_path LIKE (SELECT substring(path "
				+ "from '^/[0-9]+/') FROM organisation_units WHERE code = 'BNV-TCCB') || '%' LIMIT 1")
			.query(String.class).single();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		imports.export(new RecordQuery(null, null, null, null, null, null, null, null, null, 0, 0), Sheets.Format.CSV,
				out, VI);
		String text = out.toString(StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFHọ và tên khai sinh");
		assertThat(text).contains(dng).doesNotContain(bnv);
		long dngRecords = jdbc.sql("SELECT count(*) FROM personnel_records WHERE unit_path LIKE ?")
			.param(dngRoot + "%").query(Long.class).single();
		assertThat(text.lines().count()).isEqualTo(dngRecords + 1);
	}
}
