package org.govict.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Da Nang's HR officer runs BM01 for the Da Nang tree: the table with its total, the age pyramid and the degree chart
 * with their figures, accessibly and on a phone; and the due lists and quality pages open.
 */
class PersonnelReportsBrowserTest extends BrowserTest {

	@Test
	void daNangsOfficerRunsBm01ForTheDaNangTree() {
		browser.at(port).windowWidth(1280).signInAs("tochuc.danang");
		browser.open("/personnel/reports?lang=vi");
		assertThat(browser.heading()).startsWith("Báo cáo số lượng, chất lượng");
		Select unit = new Select(browser.find(By.id("unit")));
		unit.getOptions().stream().filter(o -> o.getText().strip().startsWith("Thành phố Đà Nẵng")
				|| o.getText().strip().startsWith("Ủy ban nhân dân thành phố Đà Nẵng")
				|| o.getText().strip().contains("Đà Nẵng")).findFirst().orElseThrow().click();
		browser.click(By.cssSelector("main form button[type=submit]"));
		browser.waitUntil(() -> browser.path().contains("unit="));
		assertThat(browser.text(By.cssSelector("#bm01 tfoot"))).startsWith("Tổng cộng");
		assertThat(browser.pageText()).contains("Tháp tuổi theo giới tính", "Trình độ chuyên môn")
			.doesNotContain("Bộ Nội vụ");
		assertThat(browser.driver().findElements(By.cssSelector("svg.report-chart rect.bar-men"))).hasSize(9);
		assertThat(browser.driver().findElements(By.cssSelector("svg.report-chart rect.bar-degree"))).hasSize(4);
		browser.assertAccessible();
		browser.screenshot("personnel-reports-bm01");
		browser.windowWidth(360);
		assertThat(browser.horizontalOverflow()).as("horizontal overflow at 360 px").isLessThanOrEqualTo(1);
		browser.screenshot("personnel-reports-bm01-phone");
	}

	@Test
	void theDueListsQualityAndBm02PagesAreAccessibleAndFitAPhone() {
		browser.at(port).windowWidth(1280).signInAs("tochuc.danang");
		for (String path : new String[] { "/personnel/due?lang=en", "/personnel/due?tab=retirements&period=year&lang=vi",
				"/personnel/quality?lang=vi", "/personnel/reports/bm02?lang=en" }) {
			browser.windowWidth(1280);
			browser.open(path);
			assertThat(browser.heading()).isNotBlank();
			browser.assertAccessible();
			browser.screenshot("personnel" + path.replaceAll("[^a-z0-9]+", "-"));
			browser.windowWidth(360);
			assertThat(browser.horizontalOverflow()).as("horizontal overflow at 360 px on " + path)
				.isLessThanOrEqualTo(1);
		}
	}
}
