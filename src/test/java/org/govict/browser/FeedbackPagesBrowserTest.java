package org.govict.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.govict.feedback.CaseKind;
import org.govict.feedback.FeedbackDesk;
import org.govict.feedback.Receipt;
import org.govict.feedback.SenderType;
import org.govict.feedback.Submission;
import org.govict.support.Demo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The feedback desk's pages as the people who use them see them, in each language: the right heading, no serious
 * accessibility violation, and nothing wider than a 360 px phone screen.
 */
class FeedbackPagesBrowserTest extends BrowserTest {

	@ParameterizedTest(name = "{1} in {2} as {0}")
	@CsvSource(delimiter = '|', textBlock = """
			tiepnhan.tttt | /feedback/cases              | vi | Hồ sơ phản ánh, kiến nghị
			tiepnhan.tttt | /feedback/cases?due=overdue  | en | Feedback cases
			tiepnhan.tttt | /feedback/cases/new          | vi | Tiếp nhận hồ sơ
			tiepnhan.tttt | /feedback/cases/new          | en | Enter a case
			lanhdao.tttt  | /feedback/rules              | vi | Thời hạn giải quyết
			admin         | /feedback/rules/COMPLAINT/SETTLE/edit | en | Change deadline rule
			admin         | /feedback/topics             | vi | Lĩnh vực phản ánh, kiến nghị
			admin         | /feedback/topics/new         | en | Add a topic
			-             | /feedback/new                | en | Send feedback
			-             | /feedback/status             | en | Follow a case
			-             | /feedback/answers            | vi | Kết quả trả lời phản ánh, kiến nghị
			""")
	void aPageShowsItsHeadingAccessiblyAndFitsAPhone(String user, String path, String language, String heading) {
		browser.at(port).windowWidth(1280);
		if ("-".equals(user)) {
			browser.forgetEverything();
		}
		else {
			browser.signInAs(user);
		}
		browser.open(path + (path.contains("?") ? "&" : "?") + "lang=" + language);
		assertThat(browser.heading()).startsWith(heading);
		browser.assertAccessible();
		browser.windowWidth(360);
		assertThat(browser.horizontalOverflow()).as("horizontal overflow at 360 px on " + path).isLessThanOrEqualTo(1);
		browser.screenshot("feedback" + path.replaceAll("[^a-z0-9]+", "-") + "-" + language + "-phone");
	}

	@Test
	void theMenuLeadsOfficersToTheDeskAndTheSignInPageLeadsCitizensToTheForm() {
		browser.at(port).windowWidth(1280).signInAs(Demo.MINISTRY_FEEDBACK_OFFICER);
		browser.open("/?lang=vi");
		browser.click(By.cssSelector("main a[href$='/feedback/cases']"));
		assertThat(browser.heading()).isEqualTo("Hồ sơ phản ánh, kiến nghị");
		browser.forgetEverything();
		browser.open("/login?lang=vi");
		browser.click(By.linkText("Gửi phản ánh, kiến nghị"));
		assertThat(browser.heading()).isEqualTo("Gửi phản ánh, kiến nghị");
	}

	@Autowired
	FeedbackDesk desk;

	@Test
	void aCasePageWithAllItsActionsIsAccessibleAndFitsAPhone() {
		Receipt receipt = desk.submit(new Submission(
				SenderType.ENTERPRISE, "Công ty Cổ phần Thử Nghiệm", "thu.nghiem@example.vn", null,
				"1 Lê Duẩn, Hà Nội", "0101234567", CaseKind.COMPLAINT, "TELECOM",
				"Khiếu nại về giấy phép viễn thông", "Nội dung khiếu nại.", false, null), List.of(),
				Locale.forLanguageTag("vi"));
		browser.at(port).windowWidth(1280).signInAs(Demo.MINISTRY_FEEDBACK_OFFICER);
		browser.open("/feedback/cases/" + receipt.caseId() + "?lang=en");
		assertThat(browser.heading()).contains(receipt.trackingCode());
		browser.click(By.id("action-assign"));
		browser.assertAccessible();
		browser.windowWidth(360);
		assertThat(browser.horizontalOverflow()).as("horizontal overflow at 360 px on a case").isLessThanOrEqualTo(1);
		browser.screenshot("feedback-case-en-phone");
	}
}
