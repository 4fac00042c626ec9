package org.govict.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.govict.support.Demo;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The pages of the data exchange and of a record's attachments as people use them: an administrator adds a custom
 * field, an HR officer attaches a scan (and is told why a renamed text file is refused), the exchange page, and
 * the page a reader from another agency sees without the person's consent. Each is accessible and fits 360 px.
 */
class PersonnelExchangePagesBrowserTest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	void fitsAPhone(String what) {
		browser.assertAccessible();
		browser.windowWidth(360);
		assertThat(browser.horizontalOverflow()).as("horizontal overflow at 360 px on " + what).isLessThanOrEqualTo(1);
		browser.assertAccessible();
		browser.windowWidth(1280);
	}

	@Test
	void anAdministratorAddsACustomField() {
		browser.at(port).windowWidth(1280).signInAs(Demo.ADMIN);
		browser.open("/personnel/fields/new?lang=vi");
		assertThat(browser.heading()).isEqualTo("Thêm trường");
		browser.click(By.cssSelector("main form button[type=submit]"));
		assertThat(browser.text(By.id("labelVi-error"))).isNotBlank();
		fitsAPhone("the custom field form with errors");

		browser.fillIn(By.id("labelVi"), "Số giấy phép lái xe");
		browser.fillIn(By.id("labelEn"), "Driving licence number");
		new Select(browser.find(By.id("group"))).selectByValue("IDENTITY");
		new Select(browser.find(By.id("type"))).selectByValue("TEXT");
		browser.click(By.cssSelector("main form button[type=submit]"));
		browser.waitUntil(() -> browser.path().equals("/personnel/fields"));
		assertThat(browser.pageText()).contains("Số giấy phép lái xe", "x_so_giay_phep_lai_xe");
		fitsAPhone("the custom fields");

		browser.open("/personnel/fields?lang=en");
		assertThat(browser.heading()).isEqualTo("Custom fields");
		assertThat(browser.pageText()).contains("Driving licence number");
	}

	@Test
	void anOfficerAttachesAScanAndARenamedTextFileIsRefused() throws Exception {
		long record = jdbc.sql("""
				SELECT r.id FROM personnel_records r JOIN organisation_units u ON u.code = 'DNG'
				 WHERE r.unit_path LIKE u.path || '%' ORDER BY r.id LIMIT 1""").query(Long.class).single();
		Path dir = Files.createTempDirectory("scans");
		Path text = dir.resolve("quyet-dinh.pdf");
		Files.writeString(text, "Đây không phải là PDF", StandardCharsets.UTF_8);
		Path pdf = dir.resolve("bang-dai-hoc.pdf");
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			document.save(out);
			Files.write(pdf, out.toByteArray());
		}

		browser.at(port).windowWidth(1280).signInAs("tochuc.danang");
		browser.open("/personnel/records/" + record + "/documents?lang=vi");
		assertThat(browser.heading()).startsWith("Văn bản của");
		fitsAPhone("the documents of a record");

		new Select(browser.find(By.id("kind"))).selectByValue("DECISION");
		browser.fillIn(By.id("title"), "Quyết định tuyển dụng");
		browser.find(By.id("file")).sendKeys(text.toString());
		browser.click(By.cssSelector("main form button[type=submit]"));
		browser.waitUntil(() -> !browser.driver().findElements(By.id("file-error")).isEmpty());
		assertThat(browser.text(By.id("file-error"))).isEqualTo("Tệp không phải PDF, JPEG hoặc PNG đọc được.");
		fitsAPhone("the upload refused");

		new Select(browser.find(By.id("kind"))).selectByValue("DIPLOMA");
		browser.fillIn(By.id("title"), "Bằng đại học");
		browser.find(By.id("file")).sendKeys(pdf.toString());
		browser.click(By.cssSelector("main form button[type=submit]"));
		browser.waitUntil(() -> browser.pageText().contains("Đã đính kèm văn bản."));
		assertThat(browser.pageText()).contains("Bằng đại học", "bang-dai-hoc.pdf", "Văn bằng");
		fitsAPhone("the documents after an upload");
	}

	@Test
	void theExchangePageGuidesAndFitsAPhone() {
		browser.at(port).windowWidth(1280).signInAs(Demo.ADMIN);
		browser.open("/personnel/exchange?lang=en");
		assertThat(browser.heading()).isEqualTo("Data exchange");
		assertThat(browser.pageText()).contains("X-GovICT-Signature", "/api/v1/personnel/exchange/changes");
		fitsAPhone("the exchange page");
	}

	@Test
	void aReaderFromAnotherAgencyIsToldThatConsentIsNeeded() {
		long home = jdbc.sql("SELECT id FROM organisation_units WHERE code = 'BNV-TTTT'").query(Long.class).single();
		long danang = jdbc.sql("SELECT id FROM organisation_units WHERE code = 'DNG'").query(Long.class).single();
		String username = "tochuc.lienbo";
		if (jdbc.sql("SELECT count(*) FROM users WHERE username = ?").param(username).query(Long.class).single() == 0) {
			long user = jdbc.sql("""
					INSERT INTO users (username, full_name, unit_id, password_hash) VALUES (?, ?, ?, ?) RETURNING id""")
				.params(username, "Cán bộ liên bộ", home, passwords.encode("Lienbo-2026-mat-khau"))
				.query(Long.class)
				.single();
			jdbc.sql("INSERT INTO user_roles (user_id, role_code) VALUES (?, 'HR_OFFICER')").param(user).update();
			jdbc.sql("INSERT INTO user_scopes (user_id, unit_id) VALUES (?, ?)").params(user, danang).update();
		}
		long record = jdbc.sql("""
				SELECT r.id FROM personnel_records r JOIN organisation_units u ON u.code = 'DNG'
				 WHERE r.unit_path LIKE u.path || '%'
				   AND NOT EXISTS (SELECT 1 FROM personnel_consents c WHERE c.record_id = r.id)
				 ORDER BY r.id LIMIT 1""").query(Long.class).single();

		browser.at(port).windowWidth(1280).signIn(username, "Lienbo-2026-mat-khau");
		browser.open("/personnel/records/" + record + "/documents?lang=vi");
		assertThat(browser.pageText()).contains("Cơ quan của bạn cần có sự đồng ý của người này để xem hồ sơ.");
		fitsAPhone("the consent-needed page");
	}
}
