package org.govict.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.govict.identity.internal.AccountDetailsService;
import org.govict.platform.web.NotFoundException;
import org.govict.support.Demo;
import org.govict.support.IntegrationTest;
import org.govict.support.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The reports against cases whose dates are known, in the first half of 2019, which no other test uses: three
 * cases in the Database Division, one answered on time, one late, one still open past its deadline, and a spam
 * case that is not counted.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ReportsCountKnownCases {

	static final LocalDate FROM = LocalDate.of(2019, 1, 1);

	static final LocalDate TO = LocalDate.of(2019, 6, 30);

	static boolean loaded;

	@Autowired
	FeedbackDesk desk;

	@Autowired
	CaseHandling handling;

	@Autowired
	FeedbackReports reports;

	@Autowired
	DayCount days;

	@Autowired
	AccountDetailsService accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	long csdl;

	<T> T as(String username, Supplier<T> work) {
		return SignedIn.as(accounts, username, work);
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@BeforeEach
	void loadKnownCases() {
		csdl = jdbc.sql("SELECT id FROM organisation_units WHERE code = 'BNV-TTTT-CSDL'").query(Long.class).single();
		if (loaded) {
			return;
		}
		known(CaseKind.COMPLAINT, "INFOSEC", "CLOSED", LocalDate.of(2019, 1, 10), LocalDate.of(2019, 2, 9),
				LocalDate.of(2019, 2, 1));
		known(CaseKind.COMPLAINT, "INFOSEC", "ANSWERED", LocalDate.of(2019, 1, 15), LocalDate.of(2019, 2, 14),
				LocalDate.of(2019, 3, 1));
		known(CaseKind.FEEDBACK, "TELECOM", "IN_PROGRESS", LocalDate.of(2019, 2, 20), LocalDate.of(2019, 3, 22), null);
		known(CaseKind.FEEDBACK, "TELECOM", "SPAM", LocalDate.of(2019, 2, 21), null, null);
		loaded = true;
	}

	void known(CaseKind kind, String topic, String status, LocalDate received, LocalDate due, LocalDate answered) {
		Submission submission = new Submission(SenderType.INDIVIDUAL, "Đặng Thị Báo Cáo", null, "0905000333", "5 Bạch Đằng, Hải Châu",
				kind == CaseKind.COMPLAINT ? "048090004321" : null, kind, topic, "Hồ sơ cho báo cáo " + received,
				"Nội dung hồ sơ dùng cho báo cáo sáu tháng " + received + ".", false, null);
		long id = desk.submit(submission, List.of(), Locale.forLanguageTag("vi")).caseId();
		as(Demo.MINISTRY_FEEDBACK_OFFICER, () -> handling.assign(id, new Assignment(csdl, List.of(), null)));
		jdbc.sql("""
				UPDATE feedback_cases SET status = ?, received_on = ?, accepted_on = ?, due_on = ?, answered_at = ?
				 WHERE id = ?""")
			.params(status, received, received, due,
					answered == null ? null : java.sql.Timestamp.from(answered.atTime(10, 0).toInstant(ZoneOffset.ofHours(7))),
					id)
			.update();
	}

	@Test
	void theHalfYearCountsTheKnownCasesOfTheUnit() {
		FeedbackReport report = as(Demo.MINISTRY_LEADER, () -> reports.report(FROM, TO, csdl));

		assertThat(report.received()).isEqualTo(3);
		assertThat(report.settled()).isEqualTo(2);
		assertThat(report.settledOnTime()).isEqualTo(1);
		assertThat(report.onTimeRate()).isEqualTo(50.0);
		assertThat(report.overdueOpen()).isEqualTo(1);
		assertThat(report.byKind()).extracting(FeedbackReport.Count::key, FeedbackReport.Count::received)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("FEEDBACK", 1L),
					org.assertj.core.groups.Tuple.tuple("COMPLAINT", 2L));
		assertThat(report.byTopic()).extracting(FeedbackReport.Count::key, FeedbackReport.Count::onTime)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("INFOSEC", 1L),
					org.assertj.core.groups.Tuple.tuple("TELECOM", 0L));
		assertThat(report.byUnit()).singleElement().satisfies(u -> {
			assertThat(u.key()).isEqualTo("BNV-TTTT-CSDL");
			assertThat(u.received()).isEqualTo(3);
		});
		assertThat(report.byStatus()).extracting(FeedbackReport.Count::key)
			.containsExactly("IN_PROGRESS", "ANSWERED", "CLOSED");
		assertThat(report.months()).hasSize(6);
		assertThat(report.months().get(0)).isEqualTo(new FeedbackReport.Month(YearMonth.of(2019, 1), 2, 2, 1));
		assertThat(report.months().get(1)).isEqualTo(new FeedbackReport.Month(YearMonth.of(2019, 2), 1, 0, 0));
		assertThat(report.months().get(5).received()).isZero();
		// 22 and 45 days from receipt to answer.
		assertThat(report.averageCalendarDays()).isEqualTo(33.5);
		long working = days.workingDaysBetween(LocalDate.of(2019, 1, 10), LocalDate.of(2019, 2, 1))
				+ days.workingDaysBetween(LocalDate.of(2019, 1, 15), LocalDate.of(2019, 3, 1));
		assertThat(report.averageWorkingDays()).isEqualTo(working / 2.0);
		assertThat(report.averageWorkingDays()).isLessThan(report.averageCalendarDays());
		assertThat(ChronoUnit.DAYS.between(FROM, TO)).isLessThan(FeedbackReports.MAX_DAYS);
	}

	@Test
	void aReaderOfAnotherUnitSeesNoneOfThem() {
		FeedbackReport danang = as(Demo.DANANG_FEEDBACK_OFFICER, () -> reports.report(FROM, TO, null));
		assertThat(danang.received()).isZero();
		assertThat(danang.onTimeRate()).isNull();
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> as(Demo.DANANG_FEEDBACK_OFFICER, () -> reports.report(FROM, TO, csdl)))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void theApiAnswersWithTheSameFigures() throws Exception {
		UserDetails leader = accounts.loadUserByUsername(Demo.MINISTRY_LEADER);
		mvc.perform(get("/api/v1/feedback/reports").param("from", FROM.toString())
			.param("to", TO.toString())
			.param("unit", String.valueOf(csdl))
			.with(user(leader)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.received").value(3))
			.andExpect(jsonPath("$.onTimeRate").value(50.0))
			.andExpect(jsonPath("$.months.length()").value(6));
		mvc.perform(get("/api/v1/feedback/reports/half-year").param("year", "2019")
			.param("half", "1")
			.param("unit", String.valueOf(csdl))
			.with(user(leader))).andExpect(status().isOk()).andExpect(jsonPath("$.settledOnTime").value(1));
		mvc.perform(get("/api/v1/feedback/reports").with(user(accounts.loadUserByUsername(Demo.MINISTRY_STAFF))))
			.andExpect(status().isForbidden());
	}

	@Test
	void theSpreadsheetAndTheHalfYearlyPdfCarryTheFigures() throws Exception {
		UserDetails leader = accounts.loadUserByUsername(Demo.MINISTRY_LEADER);
		byte[] xlsx = mvc.perform(get("/feedback/reports/half-year.xlsx").param("year", "2019")
			.param("half", "1")
			.param("unit", String.valueOf(csdl))
			.with(user(leader)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<Row> summary = workbook.getFirstSheet().read();
			assertThat(summary.get(0).getCellText(0)).contains("6 tháng đầu năm 2019");
			java.util.Map<String, String> figures = new java.util.HashMap<>();
			summary.stream().skip(1).forEach(row -> figures.put(row.getCellText(0), row.getCellText(1)));
			assertThat(figures).containsEntry("Tiếp nhận", "3")
				.containsEntry("Đã giải quyết", "2")
				.containsEntry("Tỷ lệ đúng hạn", "50.0%")
				.containsEntry("Đang quá hạn", "1");
		}
		byte[] pdf = mvc.perform(get("/feedback/reports/half-year.pdf").param("year", "2019")
			.param("half", "1")
			.param("unit", String.valueOf(csdl))
			.with(user(leader))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("6 tháng đầu năm 2019").contains("Phòng Cơ sở dữ liệu").contains("50.0%");
		}
	}
}
