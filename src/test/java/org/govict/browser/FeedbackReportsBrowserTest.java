package org.govict.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.govict.feedback.CaseKind;
import org.govict.feedback.FeedbackDesk;
import org.govict.feedback.SenderType;
import org.govict.feedback.Submission;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A leader of the Information Center reads the feedback report of 2021, in which one complaint was received in
 * March: the figures, the month-by-month chart and table, the breakdowns and the half-yearly report form, in
 * Vietnamese and English, accessibly and on a phone.
 */
class FeedbackReportsBrowserTest extends BrowserTest {

	static boolean seeded;

	@Autowired
	FeedbackDesk desk;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void oneComplaintInMarch2021() {
		if (seeded) {
			return;
		}
		Submission complaint = new Submission(SenderType.INDIVIDUAL, "Mai Văn Thống Kê", null, "0905000444", "7 Hùng Vương, Hải Châu",
				"048090005555", CaseKind.COMPLAINT, "POSTAL", "Bưu phẩm thất lạc năm 2021",
				"Bưu phẩm gửi tháng 3 năm 2021 bị thất lạc.", false, null);
		long id = desk.submit(complaint, List.of(), Locale.forLanguageTag("vi")).caseId();
		jdbc.sql("UPDATE feedback_cases SET received_on = ?, due_on = ? WHERE id = ?")
			.params(LocalDate.of(2021, 3, 5), LocalDate.of(2021, 3, 15), id)
			.update();
		seeded = true;
	}

	@Test
	void aLeaderReadsTheYearInVietnamese() {
		browser.at(port).windowWidth(1280).signInAs("lanhdao.tttt");
		browser.open("/feedback/reports?from=2021-01-01&to=2021-12-31&lang=vi");
		assertThat(browser.heading()).isEqualTo("Báo cáo, thống kê phản ánh, kiến nghị");
		assertThat(browser.text(By.id("summary-title"))).isEqualTo("Từ ngày 01/01/2021 đến ngày 31/12/2021");
		assertThat(browser.text(By.id("summary-received"))).isEqualTo("1");
		assertThat(browser.text(By.id("summary-settled"))).isEqualTo("0");
		assertThat(browser.text(By.id("summary-overdue"))).isEqualTo("1");
		assertThat(browser.text(By.id("summary-on-time"))).isEqualTo("—");
		assertThat(browser.driver().findElements(By.cssSelector("#report-months tbody tr"))).hasSize(12);
		assertThat(browser.text(By.cssSelector("#report-months tbody tr:nth-child(3)"))).startsWith("03/2021 1 0 0");
		assertThat(browser.driver().findElements(By.cssSelector("svg.report-chart rect.bar-settled"))).hasSize(12);
		assertThat(browser.text(By.cssSelector("#report-kinds tbody"))).isEqualTo("Khiếu nại 1 0 0 —");
		assertThat(browser.text(By.cssSelector("#report-topics tbody"))).startsWith("Bưu chính 1");
		assertThat(browser.text(By.id("half-year-title"))).isEqualTo("Báo cáo sáu tháng gửi lãnh đạo");
		browser.assertAccessible();
		browser.screenshot("feedback-reports-vi");
		browser.windowWidth(360);
		assertThat(browser.horizontalOverflow()).as("horizontal overflow at 360 px").isLessThanOrEqualTo(1);
		browser.screenshot("feedback-reports-vi-phone");
	}

	@Test
	void aLeaderReadsTheYearInEnglish() {
		browser.at(port).windowWidth(1280).signInAs("lanhdao.tttt");
		browser.open("/feedback/reports?from=2021-01-01&to=2021-12-31&lang=en");
		assertThat(browser.heading()).isEqualTo("Feedback reports");
		assertThat(browser.text(By.id("summary-title"))).isEqualTo("From 01/01/2021 to 31/12/2021");
		assertThat(browser.text(By.id("summary-received"))).isEqualTo("1");
		assertThat(browser.text(By.cssSelector("#report-kinds tbody"))).isEqualTo("Complaint 1 0 0 —");
		assertThat(browser.text(By.cssSelector("#report-statuses tbody"))).startsWith("Received 1");
		assertThat(browser.pageText()).contains("Month by month", "By handling unit", "Half-yearly report to the leadership");
		browser.assertAccessible();
		browser.windowWidth(360);
		assertThat(browser.horizontalOverflow()).as("horizontal overflow at 360 px").isLessThanOrEqualTo(1);
		browser.screenshot("feedback-reports-en-phone");
	}

	@Test
	void aStaffMemberWithoutTheDeskRoleIsTurnedAway() {
		browser.at(port).windowWidth(1280).signInAs("chuyenvien.csdl");
		browser.open("/feedback/reports?lang=en");
		assertThat(browser.pageText()).doesNotContain("Month by month");
	}
}
