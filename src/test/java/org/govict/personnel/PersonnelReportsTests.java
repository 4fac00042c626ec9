package org.govict.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.govict.identity.internal.AccountDetailsService;
import org.govict.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The reports against the demo data and records of known dates: BM01 totals by subtree and day, scope by page,
 * spreadsheet and API, the due lists, the quality checks and the résumé's Vietnamese text.
 */
@IntegrationTest
@AutoConfigureMockMvc
class PersonnelReportsTests {

	@Autowired
	PersonnelReports reports;

	@Autowired
	PersonnelRegistry registry;

	@Autowired
	DueLists due;

	@Autowired
	DataQuality quality;

	@Autowired
	AccountDetailsService accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	void signIn(String username) {
		UserDetails user = accounts.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	long unit(String code) {
		return jdbc.sql("SELECT id FROM organisation_units WHERE code = ?").param(code).query(Long.class).single();
	}

	String path(String code) {
		return jdbc.sql("SELECT path FROM organisation_units WHERE code = ?").param(code).query(String.class).single();
	}

	long inService(String code, LocalDate day) {
		return jdbc.sql("""
				SELECT count(*) FROM personnel_record_periods WHERE unit_path LIKE ? AND status IN ('ACTIVE', 'SECONDED')
				  AND valid_from <= ? AND (valid_to IS NULL OR valid_to > ?)""")
			.params(path(code) + "%", day, day)
			.query(Long.class)
			.single();
	}

	Map<String, Object> person(String id, String name, String sex, String birth, String unitCode) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("full_name", name);
		fields.put("id_number", id);
		fields.put("sex", sex);
		fields.put("birth_date", birth);
		fields.put("unit_id", String.valueOf(unit(unitCode)));
		fields.put("rank_code", "01.003");
		fields.put("salary_step", "2");
		fields.put("salary_since", "15/11/2023");
		return fields;
	}

	@Test
	void bm01OfTheDaNangTreeCountsEveryoneInServiceThereTodayAndOnADayPast() throws Exception {
		signIn("tochuc.danang");
		LocalDate today = LocalDate.now();
		WorkforceReport report = reports.workforce(unit("DNG"), today);
		assertThat(report.total().count(WorkforceColumn.TOTAL)).isEqualTo(inService("DNG", today)).isPositive();
		assertThat(report.lines()).extracting(WorkforceReport.Line::code).contains("DNG-SKHCN", "DNG-SNV");
		WorkforceTally total = report.total();
		assertThat(total.count(WorkforceColumn.DOCTORATE) + total.count(WorkforceColumn.MASTER)
				+ total.count(WorkforceColumn.BACHELOR) + total.count(WorkforceColumn.OTHER_DEGREE))
			.isEqualTo(total.count(WorkforceColumn.TOTAL));
		long women = jdbc.sql("""
				SELECT count(*) FROM personnel_record_periods WHERE unit_path LIKE ? AND status IN ('ACTIVE', 'SECONDED')
				  AND valid_to IS NULL AND sex = 'F'""").param(path("DNG") + "%").query(Long.class).single();
		assertThat(total.count(WorkforceColumn.WOMEN)).isEqualTo(women);

		LocalDate past = today.minusYears(4);
		assertThat(reports.workforce(unit("DNG"), past).total().count(WorkforceColumn.TOTAL))
			.isEqualTo(inService("DNG", past));
		assertThat(reports.workforce(unit("DNG"), LocalDate.of(2000, 1, 1)).total().count(WorkforceColumn.TOTAL))
			.isZero();
		byte[] pdf = mvc.perform(get("/personnel/reports/bm01.pdf").param("unit", String.valueOf(unit("DNG")))
			.with(user(accounts.loadUserByUsername("tochuc.danang")))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsByteArray();
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "reports"));
		java.nio.file.Files.write(java.nio.file.Path.of("target", "reports", "bm01.pdf"), pdf);
		assertThat(text(pdf)).contains("Tháp tuổi theo giới tính", "Tổng cộng");
	}

	@Test
	void daNangsReportNeverCountsTheMinistryByPageSpreadsheetOrApi() throws Exception {
		UserDetails danang = accounts.loadUserByUsername("tochuc.danang");
		signIn("tochuc.danang");
		WorkforceReport everything = reports.workforce(null, LocalDate.now());
		assertThat(everything.lines()).extracting(WorkforceReport.Line::code).allMatch(code -> code.startsWith("DNG"));
		assertThat(everything.total().count(WorkforceColumn.TOTAL)).isEqualTo(inService("DNG", LocalDate.now()));
		signOut();

		mvc.perform(get("/api/v1/personnel/reports/bm01").with(user(danang)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.columns[0]").value("TOTAL"))
			.andExpect(jsonPath("$.total[0]").value((int) inService("DNG", LocalDate.now())));
		mvc.perform(get("/api/v1/personnel/reports/bm01").param("unit", String.valueOf(unit("BNV"))).with(user(danang)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/personnel/reports").param("unit", String.valueOf(unit("BNV"))).with(user(danang)))
			.andExpect(status().isNotFound());
		String page = mvc.perform(get("/personnel/reports").with(user(danang)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Đà Nẵng").doesNotContain("Bộ Nội vụ");
		byte[] xlsx = mvc.perform(get("/personnel/reports/bm01.xlsx").with(user(danang)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(sheetText(xlsx)).contains("Đà Nẵng").doesNotContain("Bộ Nội vụ");

		UserDetails ministry = accounts.loadUserByUsername("tochuc.bnv");
		mvc.perform(get("/api/v1/personnel/reports/bm01").with(user(ministry)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[?(@.code == 'DNG')]").exists())
			.andExpect(jsonPath("$.rows[?(@.code == 'BNV')]").exists());
		mvc.perform(get("/api/v1/personnel/reports/bm01").with(user(accounts.loadUserByUsername("chuyenvien.csdl"))))
			.andExpect(status().isForbidden());
	}

	@Test
	void theDueListsFindRecordsByTheirDates() {
		signIn("tochuc.danang");
		PersonnelRecord step = registry.register(person("048190700201", "Hà Thị Bậc Lương", "F", "02/03/1990",
				"DNG-SKHCN-CNTT"), ChangeDetails.of(ChangeKind.REGISTERED, LocalDate.of(2023, 11, 15)));
		List<DueLists.SalaryStepDue> steps = due.salarySteps(YearQuarter.of(2026, 4));
		assertThat(steps).filteredOn(d -> d.recordId() == step.id()).singleElement().satisfies(d -> {
			assertThat(d.dueOn()).isEqualTo(LocalDate.of(2026, 11, 15));
			assertThat(d.nextStep()).isEqualTo(3);
			assertThat(d.nextCoefficient()).isEqualByComparingTo("3.00");
		});
		assertThat(due.salarySteps(YearQuarter.of(2026, 3))).noneMatch(d -> d.recordId() == step.id());

		Map<String, Object> older = person("048066700202", "Lê Văn Hưu", "M", "10/05/1966", "DNG-SKHCN-CNTT");
		PersonnelRecord retiring = registry.register(older, ChangeDetails.of(ChangeKind.REGISTERED, LocalDate.of(2010, 1, 1)));
		LocalDate retiresOn = RetirementAge.retirementDate(Sex.MALE, LocalDate.of(1966, 5, 10));
		YearQuarter quarter = YearQuarter.containing(retiresOn);
		assertThat(due.retirements(quarter.firstDay(), quarter.lastDay()))
			.filteredOn(d -> d.recordId() == retiring.id())
			.singleElement()
			.satisfies(d -> assertThat(d.retiresOn()).isEqualTo(retiresOn));
		assertThat(due.retirements(quarter.firstDay().minusMonths(3), quarter.firstDay().minusDays(1)))
			.noneMatch(d -> d.recordId() == retiring.id());

		signIn("lanhdao.tttt");
		assertThat(due.salarySteps(YearQuarter.of(2026, 4))).noneMatch(d -> d.recordId() == step.id());
	}

	@Test
	void theQualityChecksFindAMissingFieldAndADuplicatePair() {
		signIn("tochuc.danang");
		Map<String, Object> first = person("048189700203", "Trịnh Thị Trùng", "F", "07/07/1989", "DNG-SKHCN-VP");
		PersonnelRecord one = registry.register(first, ChangeDetails.of(ChangeKind.REGISTERED));
		Map<String, Object> second = person("048189700204", "Trịnh Thị Trùng", "F", "07/07/1989", "DNG-SNV");
		PersonnelRecord two = registry.register(second, ChangeDetails.of(ChangeKind.REGISTERED));

		DataQuality.Page missing = quality.missingFields(0, 10_000);
		assertThat(missing.findings()).filteredOn(f -> f.recordId() == one.id()).singleElement()
			.satisfies(f -> assertThat(f.problems()).extracting(p -> p.arguments().get(0))
				.contains("ethnic_code", "education_level", "home_province"));
		assertThat(quality.possibleDuplicates())
			.anySatisfy(group -> assertThat(group).extracting(DataQuality.Finding::recordId)
				.containsExactlyInAnyOrder(one.id(), two.id()));

		// An ID number loaded before the rule existed: a man's century digit on a woman's record.
		jdbc.sql("UPDATE personnel_records SET id_number = '048089700205' WHERE id = ?").param(two.id()).update();
		assertThat(quality.invalidIds()).filteredOn(f -> f.recordId() == two.id()).singleElement()
			.satisfies(f -> assertThat(f.problems()).extracting(Refusal::messageKey)
				.contains("personnel.id.sexDigitSaysMale"));
	}

	@Test
	void theResumePrintsVietnameseThatCanBeReadBack() throws Exception {
		signIn("tochuc.danang");
		Map<String, Object> fields = person("048191700206", "Nguyễn Thị Hương", "F", "21/09/1991", "DNG-HAICHAU");
		fields.put("permanent_residence", "Phường Hải Châu, thành phố Đà Nẵng");
		fields.put("family", List.of(Map.of("relation", "Chồng", "name", "Đặng Văn Ước", "birth_year", "1988",
				"details", "Kỹ sư")));
		PersonnelRecord record = registry.register(fields, ChangeDetails.of(ChangeKind.REGISTERED));
		signOut();

		byte[] pdf = mvc.perform(get("/personnel/records/{id}/resume.pdf", record.id())
			.with(user(accounts.loadUserByUsername("tochuc.danang"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "reports"));
		java.nio.file.Files.write(java.nio.file.Path.of("target", "reports", "resume-2c.pdf"), pdf);
		String text = text(pdf);
		assertThat(text).contains("SƠ YẾU LÝ LỊCH CÁN BỘ, CÔNG CHỨC", "NGUYỄN THỊ HƯƠNG", "Phường Hải Châu",
				"Đặng Văn Ước", "Trang 1/");

		// Without the sensitive role the family table is left out.
		byte[] plain = mvc.perform(get("/personnel/records/{id}/resume.pdf", record.id())
			.with(user(accounts.loadUserByUsername("lanhdao.tttt")))).andReturn().getResponse().getContentAsByteArray();
		assertThat(plain.length == 0 || !text(plain).contains("Đặng Văn Ước")).isTrue();
	}

	@Test
	void bm02ListsPeopleWithTheirSalaryOnTheDay() {
		signIn("tochuc.danang");
		PersonnelReports.SalaryList list = reports.salaryList(unit("DNG"), LocalDate.now(), 0, 500);
		assertThat(list.total()).isEqualTo(inService("DNG", LocalDate.now()));
		// Every ranked person shows a salary grade (other tests register people without a rank in this database).
		assertThat(list.lines()).isNotEmpty()
			.filteredOn(l -> l.rankCode() != null)
			.isNotEmpty()
			.allSatisfy(l -> assertThat(l.salaryGrade()).isNotNull());
	}

	static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	static String sheetText(byte[] xlsx) throws IOException {
		// The spreadsheet's entries carry their sizes after the data, which only the central directory gives.
		java.nio.file.Path file = java.nio.file.Files.createTempFile("bm01", ".xlsx");
		try {
			java.nio.file.Files.write(file, xlsx);
			StringBuilder text = new StringBuilder();
			try (ZipFile zip = new ZipFile(file.toFile())) {
				for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
					if (entry.getName().startsWith("xl/")) {
						text.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
					}
				}
			}
			// The writer escapes letters beyond ASCII as character references.
			return java.util.regex.Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(text).replaceAll(m -> new String(
					Character.toChars(Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16))));
		}
		finally {
			java.nio.file.Files.deleteIfExists(file);
		}
	}
}
