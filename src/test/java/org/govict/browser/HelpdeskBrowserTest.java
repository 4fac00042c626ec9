package org.govict.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.govict.support.Demo;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A staff member reports a broken printer; the technician takes the ticket, links the printer from the inventory,
 * asks the requester a question and waits, resolves it once answered (with the screenshot the requester attached,
 * after a file that was no image was refused); the requester accepts the solution and rates
 * the support from the link in the closing e-mail, without signing in.
 */
class HelpdeskBrowserTest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

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

	void step(String slug) {
		press(By.cssSelector("form[action$='/steps/" + slug + "'] button[type=submit]"));
		browser.find(By.cssSelector(".alert-success"));
	}

	/** A file on this machine for the browser's file field. */
	static String file(String name, byte[] content) {
		try {
			java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("helpdesk-browser");
			java.nio.file.Path path = dir.resolve(name);
			java.nio.file.Files.write(path, content);
			path.toFile().deleteOnExit();
			dir.toFile().deleteOnExit();
			return path.toAbsolutePath().toString();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	static byte[] screenshot() {
		try {
			java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
			javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(64, 48, java.awt.image.BufferedImage.TYPE_INT_RGB),
					"png", out);
			return out.toByteArray();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@Test
	void aBrokenPrinterFromReportToRating() {
		jdbc.sql("""
				INSERT INTO inventory_assets (kind, name, inventory_number, owner_unit_id, location)
				VALUES ('PRINTER', 'Máy in tầng 5', 'HD-BROWSER-01',
				        (SELECT id FROM organisation_units WHERE code = 'BNV-TTTT-CSDL'), 'Phòng 502')""").update();

		// The staff member reports it.
		browser.at(port).windowWidth(1280).signInAs(Demo.MINISTRY_STAFF);
		browser.open("/helpdesk/tickets/new?lang=vi");
		assertThat(browser.heading()).isEqualTo("Gửi yêu cầu hỗ trợ");
		browser.assertAccessible();
		browser.fillIn(By.id("title"), "Máy in tầng 5 không in được");
		browser.fillIn(By.id("description"), "Máy in báo lỗi, đèn đỏ nhấp nháy, không in được công văn.");
		new Select(browser.find(By.id("impact"))).selectByValue("HIGH");
		new Select(browser.find(By.id("urgency"))).selectByValue("HIGH");
		press(By.cssSelector("form[action$='/helpdesk/tickets/new'][method=post] button[type=submit]"));
		assertThat(browser.text(By.cssSelector(".alert-success"))).startsWith("Đã gửi yêu cầu số");
		String ticketPath = browser.path().replaceAll("\\?.*", "");
		assertThat(browser.text(By.id("ticket-status"))).isEqualTo("Mới");

		// The technician takes it, links the printer and asks a question.
		browser.signInAs(Demo.MINISTRY_TECHNICIAN);
		browser.open("/helpdesk/tickets?open=true&q=may%20in%20tang%205&lang=vi");
		assertThat(browser.pageText()).contains("Máy in tầng 5 không in được");
		browser.assertAccessible();
		browser.open(ticketPath + "?lang=vi");
		step("take");
		assertThat(browser.text(By.id("ticket-technician"))).isEqualTo("Đinh Công Thành");
		browser.fillIn(By.id("assetText"), "HD-BROWSER-01");
		press(By.cssSelector("form[method=get] button[type=submit]"));
		new Select(browser.find(By.id("assetId"))).selectByVisibleText("Máy in tầng 5 (HD-BROWSER-01)");
		step("link-asset");
		assertThat(browser.text(By.id("ticket-assets"))).contains("Máy in tầng 5 (HD-BROWSER-01)");
		browser.fillIn(By.id("wait-note"), "Anh/chị chụp giúp màn hình báo lỗi của máy in?");
		step("wait");
		assertThat(browser.text(By.id("ticket-status"))).isEqualTo("Tạm chờ");
		browser.assertAccessible();
		browser.windowWidth(360);
		assertThat(browser.horizontalOverflow()).as("overflow of the ticket at 360 px").isLessThanOrEqualTo(1);
		browser.windowWidth(1280);

		// The requester answers, which resumes the ticket.
		browser.signInAs(Demo.MINISTRY_STAFF);
		browser.open(ticketPath + "?lang=vi");
		assertThat(browser.pageText()).contains("Anh/chị chụp giúp màn hình báo lỗi của máy in?");
		browser.fillIn(By.id("follow-note"), "Màn hình báo lỗi E-302, kẹt giấy khay 2.");
		step("follow-up");
		assertThat(browser.text(By.id("ticket-status"))).isEqualTo("Đang xử lý");
		// ... and attaches the screenshot asked for: a renamed program first, which is refused.
		browser.find(By.id("files")).sendKeys(file("loi-may-in.png", new byte[] { 'M', 'Z', 0, 0, 3, 0 }));
		press(By.id("attach"));
		assertThat(browser.text(By.id("files-error"))).contains("loi-may-in.png", "không phải ảnh");
		browser.find(By.id("files")).sendKeys(file("loi-may-in.png", screenshot()));
		press(By.id("attach"));
		browser.find(By.cssSelector(".alert-success"));
		assertThat(browser.text(By.id("ticket-attachments"))).contains("loi-may-in.png");
		browser.assertAccessible();

		// The technician resolves it.
		browser.signInAs(Demo.MINISTRY_TECHNICIAN);
		browser.open(ticketPath + "?lang=vi");
		browser.fillIn(By.id("solution"), "Gỡ giấy kẹt ở khay 2, thay bánh xe kéo giấy.");
		step("resolve");
		assertThat(browser.text(By.id("ticket-status"))).isEqualTo("Đã giải quyết");

		// The requester accepts, and rates from the e-mail's link without signing in.
		browser.signInAs(Demo.MINISTRY_STAFF);
		browser.open(ticketPath + "?lang=vi");
		assertThat(browser.text(By.id("ticket-solution"))).contains("thay bánh xe kéo giấy");
		step("close");
		assertThat(browser.text(By.id("ticket-status"))).isEqualTo("Đã đóng");
		long id = Long.parseLong(ticketPath.substring(ticketPath.lastIndexOf('/') + 1));
		String body = jdbc.sql("""
				SELECT body FROM outgoing_mail WHERE recipient = ? AND subject ~ ? AND body LIKE '%/helpdesk/survey/%'
				 ORDER BY id DESC LIMIT 1""")
			.params(Demo.MINISTRY_STAFF + "@demo.govict.vn", "\\m" + id + "\\M")
			.query(String.class)
			.single();
		String link = body.substring(body.indexOf("/helpdesk/survey/")).strip();
		browser.forgetEverything();
		browser.windowWidth(360);
		browser.open(link + "?lang=vi");
		assertThat(browser.heading()).isEqualTo("Đánh giá mức độ hài lòng");
		browser.assertAccessible();
		press(By.id("rating-5"));
		browser.fillIn(By.id("comment"), "Kỹ thuật viên hỗ trợ nhanh, tận tình.");
		press(By.id("send-rating"));
		assertThat(browser.text(By.id("survey-thanks"))).isEqualTo("Cảm ơn anh/chị đã đánh giá.");
		assertThat(jdbc.sql("SELECT rating FROM helpdesk_tickets WHERE id = ?").param(id).query(Integer.class).single())
			.isEqualTo(5);
	}

	@org.junit.jupiter.params.ParameterizedTest(name = "{0} in {1}")
	@org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
			/helpdesk/settings | vi | Thiết lập hỗ trợ kỹ thuật
			/helpdesk/reports  | en | IT support reports
			/helpdesk/kb       | vi | Cơ sở tri thức
			/helpdesk/tickets?open=true | en | Queue
			""")
	void theDesksPagesAreAccessibleAndFitAPhone(String path, String language, String heading) {
		browser.at(port).windowWidth(1280).signInAs(Demo.ADMIN);
		browser.open(path + (path.contains("?") ? "&" : "?") + "lang=" + language);
		assertThat(browser.heading()).isEqualTo(heading);
		browser.assertAccessible();
		browser.windowWidth(360);
		assertThat(browser.horizontalOverflow()).as("horizontal overflow at 360 px on " + path).isLessThanOrEqualTo(1);
	}
}
