package org.govict.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govict.support.Demo;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A citizen sends a complaint from a phone-sized screen, keeps the tracking code and secret, and follows the case
 * as the desk asks for more, answers, and a leader approves the answer, which then appears in the public list.
 */
class FeedbackDeskBrowserTest extends BrowserTest {

	static final Pattern SUM = Pattern.compile("(\\d+)\\D+(\\d+)");

	/**
	 * Clicks like a finger would; where headless Chromium at phone width reports the element as covered although
	 * it is in view, the click is given to the element directly.
	 */
	void press(By by) {
		WebElement element = browser.find(by);
		browser.script("arguments[0].scrollIntoView({block: 'center'});", element);
		try {
			element.click();
		}
		catch (ElementClickInterceptedException covered) {
			browser.script("arguments[0].click();", element);
		}
	}

	void answerTheChallenge() {
		Matcher numbers = SUM.matcher(browser.text(By.cssSelector("label[for=challengeAnswer]")));
		assertThat(numbers.find()).isTrue();
		int sum = Integer.parseInt(numbers.group(1)) + Integer.parseInt(numbers.group(2));
		browser.fillIn(By.id("challengeAnswer"), String.valueOf(sum));
	}

	void openStatus(String code, String secret) {
		browser.forgetEverything();
		browser.windowWidth(360);
		browser.open("/feedback/status?lang=vi");
		browser.fillIn(By.id("code"), code);
		browser.fillIn(By.id("secret"), secret);
		press(By.cssSelector("form[action$='/feedback/status'] button[type=submit]"));
		browser.find(By.id("case-status"));
	}

	void takeStep(String slug, String note) {
		press(By.id("action-" + slug));
		if (note != null) {
			browser.fillIn(By.id("note-" + slug), note);
		}
		press(By.cssSelector("form[action$='/" + slug + "'] button[type=submit]"));
		browser.find(By.cssSelector(".alert-success"));
	}

	@Test
	void aCitizenComplainsFromAPhoneAndFollowsTheCaseToTheApprovedAnswer() {
		browser.at(port).forgetEverything();
		browser.windowWidth(360);
		browser.open("/feedback/new?lang=vi");
		assertThat(browser.heading()).isEqualTo("Gửi phản ánh, kiến nghị");
		assertThat(browser.horizontalOverflow()).as("overflow of the form at 360 px").isLessThanOrEqualTo(1);
		browser.assertAccessible();

		browser.fillIn(By.id("senderName"), "Hồ Thị Công Dân");
		browser.fillIn(By.id("senderEmail"), "cong.dan@example.vn");
		press(By.cssSelector("input[name=kind][value=COMPLAINT]"));
		browser.fillIn(By.id("title"), "Khiếu nại việc từ chối cấp phép");
		browser.fillIn(By.id("content"), "Sở từ chối hồ sơ cấp phép của tôi mà không nêu lý do.");
		answerTheChallenge();
		press(By.cssSelector("form[action$='/feedback/new'] button[type=submit]"));

		// A complaint needs the sender's identity: the form comes back with the fields marked and the text kept.
		assertThat(browser.text(By.id("senderIdNumber-error"))).contains("12 chữ số");
		assertThat(browser.text(By.id("senderAddress-error"))).isNotBlank();
		assertThat(browser.find(By.id("title")).getAttribute("value")).isEqualTo("Khiếu nại việc từ chối cấp phép");
		press(By.id("publishConsent1"));
		browser.fillIn(By.id("senderIdNumber"), "048190004321");
		browser.fillIn(By.id("senderAddress"), "25 Hùng Vương, Hải Châu, Đà Nẵng");
		answerTheChallenge();
		press(By.cssSelector("form[action$='/feedback/new'] button[type=submit]"));

		assertThat(browser.heading()).isEqualTo("Đã tiếp nhận hồ sơ");
		String code = browser.text(By.id("tracking-code"));
		String secret = browser.text(By.id("secret"));
		assertThat(browser.horizontalOverflow()).as("overflow of the receipt at 360 px").isLessThanOrEqualTo(1);
		browser.assertAccessible();

		openStatus(code, secret);
		assertThat(browser.text(By.id("status-text"))).isEqualTo("Đã tiếp nhận");
		assertThat(browser.text(By.id("handling-unit"))).isEqualTo("Trung tâm Thông tin");
		assertThat(browser.horizontalOverflow()).as("overflow of the status at 360 px").isLessThanOrEqualTo(1);
		browser.assertAccessible();

		// Staff find the case, assign it and ask the sender for more.
		browser.windowWidth(1280).signInAs(Demo.MINISTRY_FEEDBACK_OFFICER);
		browser.open("/feedback/cases?q=" + code);
		browser.click(By.linkText(code));
		press(By.id("action-assign"));
		new Select(browser.find(By.id("assign-unit"))).selectByVisibleText("Phòng Cơ sở dữ liệu");
		press(By.cssSelector("form[action$='/assign'] button[type=submit]"));
		assertThat(browser.text(By.id("handling-unit"))).isEqualTo("Phòng Cơ sở dữ liệu");
		browser.assertAccessible();
		takeStep("request-information", "Xin gửi bản chụp văn bản từ chối.");
		assertThat(browser.text(By.id("case-status"))).isEqualTo("Chờ người gửi bổ sung");
		String caseUrl = browser.path();

		openStatus(code, secret);
		assertThat(browser.text(By.id("question"))).isEqualTo("Xin gửi bản chụp văn bản từ chối.");
		assertThat(browser.text(By.id("due-on"))).contains("Tạm dừng tính thời hạn");
		browser.fillIn(By.id("information"), "Văn bản từ chối số 12/SKHCN ngày 01/11.");
		press(By.cssSelector("form[action$='/feedback/status/information'] button[type=submit]"));
		assertThat(browser.text(By.id("status-text"))).isEqualTo("Đang giải quyết");
		assertThat(browser.pageText()).contains("Văn bản từ chối số 12/SKHCN ngày 01/11.");

		browser.windowWidth(1280).signInAs(Demo.MINISTRY_FEEDBACK_OFFICER);
		browser.open(caseUrl);
		takeStep("draft", "Sở sẽ xem xét lại hồ sơ và trả lời trong 10 ngày.");
		browser.signInAs(Demo.MINISTRY_LEADER);
		browser.open(caseUrl);
		takeStep("approve", null);
		browser.signInAs(Demo.MINISTRY_FEEDBACK_OFFICER);
		browser.open(caseUrl);
		press(By.id("action-send"));
		press(By.cssSelector("form[action$='/send'] button[type=submit]"));
		assertThat(browser.text(By.id("case-status"))).isEqualTo("Đã trả lời");

		openStatus(code, secret);
		assertThat(browser.text(By.id("status-text"))).isEqualTo("Đã trả lời");
		assertThat(browser.text(By.id("answer-text"))).isEqualTo("Sở sẽ xem xét lại hồ sơ và trả lời trong 10 ngày.");
		assertThat(browser.horizontalOverflow()).isLessThanOrEqualTo(1);
		browser.screenshot("feedback-status-answered-phone");

		// The sender agreed to publication: the answer is in the public list, found without diacritics, nameless.
		browser.open("/feedback/answers?lang=vi&q=" + "tu choi cap phep");
		assertThat(browser.pageText()).contains("Khiếu nại việc từ chối cấp phép",
				"Sở sẽ xem xét lại hồ sơ và trả lời trong 10 ngày.").doesNotContain("Hồ Thị Công Dân");
		assertThat(browser.horizontalOverflow()).isLessThanOrEqualTo(1);
		browser.assertAccessible();
	}
}
