package org.govict.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** An HR officer imports a file with a bad row and follows it to the result and the error, in Vietnamese. */
class PersonnelImportBrowserTest extends BrowserTest {

	@Test
	void anOfficerUploadsAFileAndSeesTheResultAndTheRefusedRow() throws Exception {
		Path file = Files.createTempFile("nhap-ho-so-", ".csv");
		Files.writeString(file, """
				Họ và tên khai sinh,Số định danh cá nhân,Giới tính,Ngày sinh,Mã đơn vị,Điện thoại
				Trịnh Thị Duyên,048190700091,Nữ,02/09/1990,DNG-SNV,0905000091
				Trịnh Thị Lỗi,048190700092,Nữ,30/02/1990,DNG-SNV,
				""", StandardCharsets.UTF_8);
		try {
			browser.at(port).windowWidth(1280).signInAs("tochuc.danang");
			browser.open("/personnel/imports?lang=vi");
			assertThat(browser.heading()).isEqualTo("Nhập hồ sơ từ tệp");
			browser.assertAccessible();
			browser.driver().findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
			browser.click(By.cssSelector("label[for='mode2']"));
			browser.click(By.cssSelector("form[enctype] button[type=submit]"));

			browser.waitUntil(() -> browser.pageText().contains("Hoàn thành"));
			assertThat(browser.heading()).startsWith("Nhập tệp");
			assertThat(browser.text(By.id("rows-loaded"))).isEqualTo("1");
			assertThat(browser.text(By.id("rows-refused"))).isEqualTo("1");
			String errors = browser.text(By.id("import-errors"));
			assertThat(errors).contains("3", "Ngày sinh", "30/02/1990",
					"«30/02/1990» không phải là ngày theo dạng dd/MM/yyyy.");
			browser.assertAccessible();
			browser.screenshot("personnel-import-done-vi");
			browser.windowWidth(360);
			assertThat(browser.horizontalOverflow()).isLessThanOrEqualTo(1);
			browser.screenshot("personnel-import-done-vi-phone");

			// Back to the list later: the import is there with its status.
			browser.windowWidth(1280);
			browser.open("/personnel/imports");
			assertThat(browser.pageText()).contains(file.getFileName().toString(), "Hoàn thành");
		}
		finally {
			Files.deleteIfExists(file);
		}
	}
}
