package org.govict.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.govict.feedback.Assignment;
import org.govict.feedback.CaseHandling;
import org.govict.feedback.CaseKind;
import org.govict.feedback.FeedbackDesk;
import org.govict.feedback.Receipt;
import org.govict.feedback.SenderType;
import org.govict.feedback.Submission;
import org.govict.support.Demo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * A complaint whose legal deadline passed is escalated by the night's deadline watch to the supervising unit; the
 * Information Center's leader finds it the next morning among the escalated cases, with its badge, in Vietnamese.
 */
class EscalatedCaseBrowserTest extends BrowserTest {

	@Autowired
	FeedbackDesk desk;

	@Autowired
	CaseHandling handling;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	Long caseId;

	/** A complaint assigned to the Database Division, accepted 40 days ago: its 30 days ran out ten days ago. */
	Receipt overdueComplaint() {
		Receipt receipt = desk.submit(new Submission(SenderType.INDIVIDUAL, "Mai Văn Chờ", null, "0905000333",
				"8 Lê Lợi, Hải Châu", "048090001234", CaseKind.COMPLAINT, "ONLINE_SERVICES",
				"Hồ sơ cấp phép trực tuyến quá hạn chưa trả lời", "Tôi nộp hồ sơ trực tuyến đã hơn một tháng.", false,
				null), List.of(), Locale.forLanguageTag("vi"));
		long csdl = jdbc.sql("SELECT id FROM organisation_units WHERE code = 'BNV-TTTT-CSDL'").query(Long.class).single();
		UserDetails officer = users.loadUserByUsername(Demo.MINISTRY_FEEDBACK_OFFICER);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(officer, null, officer.getAuthorities()));
		try {
			handling.assign(receipt.caseId(), new Assignment(csdl, List.of(), null));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		LocalDate accepted = LocalDate.now(FeedbackDesk.VIETNAM).minusDays(40);
		jdbc.sql("UPDATE feedback_cases SET received_on = ?, accepted_on = ?, due_on = ? WHERE id = ?")
			.params(accepted.minusDays(2), accepted, accepted.plusDays(30), receipt.caseId())
			.update();
		return receipt;
	}

	/** What the job does at 00:15 every night; the watch is the feedback module's own, so it is called by name. */
	int escalateOverdueCases() {
		Object watch = context.getBean("deadlineWatch");
		return (Integer) ReflectionTestUtils.invokeMethod(watch, "escalateOverdue", LocalDate.now(FeedbackDesk.VIETNAM));
	}

	@AfterEach
	void restoreDemoState() {
		// The case leaves the open lists and the unit heads' digests that other tests read.
		if (caseId != null) {
			jdbc.sql("UPDATE feedback_cases SET status = 'CLOSED' WHERE id = ?").param(caseId).update();
		}
		browser.windowWidth(1280).forgetEverything();
	}

	@Test
	void theLeaderFindsTheEscalatedCaseWithItsBadge() {
		Receipt receipt = overdueComplaint();
		caseId = receipt.caseId();
		assertThat(escalateOverdueCases()).isGreaterThanOrEqualTo(1);

		browser.at(port).windowWidth(1280).signInAs(Demo.MINISTRY_LEADER);
		browser.open("/feedback/cases?lang=vi");
		assertThat(browser.heading()).isEqualTo("Hồ sơ phản ánh, kiến nghị");
		browser.click(By.linkText("Đã báo cáo cấp trên"));
		assertThat(browser.find(By.cssSelector(".nav-tabs a[aria-current=page]")).getText())
			.isEqualTo("Đã báo cáo cấp trên");
		browser.fillIn(By.id("q"), receipt.trackingCode());
		browser.click(By.cssSelector("main form[method=get] button[type=submit]"));
		browser.waitUntil(() -> browser.path().contains("q="));

		WebElement row = browser.find(By.xpath("//table[@id='case-list']//tr[td/a[text()='" + receipt.trackingCode()
				+ "']]"));
		assertThat(row.getText()).contains("Hồ sơ cấp phép trực tuyến quá hạn chưa trả lời", "Khiếu nại",
				"Phòng Cơ sở dữ liệu", "Quá hạn", "Đã báo cáo cấp trên");
		assertThat(row.findElement(By.cssSelector(".badge.text-bg-warning")).getText()).isEqualTo("Đã báo cáo cấp trên");
		browser.assertAccessible();
		browser.windowWidth(360);
		assertThat(browser.horizontalOverflow()).as("overflow of the escalated list at 360 px").isLessThanOrEqualTo(1);
		browser.screenshot("feedback-escalated-vi-phone");

		browser.windowWidth(1280);
		row.findElement(By.linkText(receipt.trackingCode())).click();
		assertThat(browser.text(By.id("case-escalated"))).isEqualTo("Đã báo cáo cấp trên: Trung tâm Thông tin");
		assertThat(browser.pageText()).contains("Quá hạn, đã báo cáo đơn vị cấp trên");
	}
}
