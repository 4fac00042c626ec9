package org.govict.browser;

import java.util.List;

import org.govict.organisation.Organisation;
import org.govict.support.Demo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class UnitTreeBrowserTest extends BrowserTest {

	@Autowired
	Organisation organisation;



	@BeforeEach
	void signInAsAdministrator() {
		browser.at(port).windowWidth(1280).signInAs(Demo.ADMIN);
	}

	@Test
	void theTreeOpensAndClosesAUnitsSubUnits() {
		long ministry = organisation.findByCodeUnscoped("BNV").orElseThrow().id();
		browser.open("/units");
		assertThat(browser.heading()).isEqualTo("Cơ cấu tổ chức");
		By expand = By.cssSelector("#unit-node-" + ministry + " > button");
		By children = By.cssSelector("#unit-children-" + ministry + " a");
		assertThat(browser.find(expand).getAttribute("aria-expanded")).isEqualTo("false");

		browser.click(expand);
		browser.waitUntil(() -> !browser.driver().findElements(children).isEmpty());
		assertThat(browser.driver().findElements(children)).extracting(WebElement::getText)
			.contains("Văn phòng Bộ", "Trung tâm Thông tin");
		assertThat(browser.find(expand).getAttribute("aria-expanded")).isEqualTo("true");
		browser.assertAccessible();

		browser.click(expand);
		browser.waitUntil(() -> browser.driver().findElements(children).isEmpty());
		assertThat(browser.find(expand).getAttribute("aria-expanded")).isEqualTo("false");

		browser.click(expand);
		browser.waitUntil(() -> !browser.driver().findElements(children).isEmpty());
		browser.click(By.linkText("Trung tâm Thông tin"));
		assertThat(browser.heading()).isEqualTo("Trung tâm Thông tin");
		assertThat(browser.text(By.cssSelector(".breadcrumb"))).contains("Bộ Nội vụ");
		assertThat(browser.pageText()).contains("Địa chỉ\nPhường Cầu Giấy, Thành phố Hà Nội");
	}

	@Test
	void anAdministratorAddsASubUnitAndMovesIt() {
		String code = "TEST-" + System.currentTimeMillis();
		openInformationCenter();
		browser.assertAccessible();

		browser.click(By.linkText("Thêm đơn vị trực thuộc"));
		assertThat(browser.heading()).isEqualTo("Thêm đơn vị");
		assertThat(browser.pageText()).contains("Trung tâm Thông tin");
		browser.assertAccessible();
		browser.fillIn(By.id("code"), code);
		new Select(browser.find(By.id("kind"))).selectByVisibleText("Phòng");
		browser.fillIn(By.id("nameVi"), "Phòng Thử nghiệm " + code);
		browser.fillIn(By.id("nameEn"), "Test Division " + code);
		browser.click(By.cssSelector("main form button[type=submit]"));

		assertThat(browser.heading()).isEqualTo("Phòng Thử nghiệm " + code);
		assertThat(browser.text(By.cssSelector("[role=status]"))).contains("Đã thêm đơn vị Phòng Thử nghiệm " + code);
		assertThat(browser.text(By.cssSelector(".breadcrumb"))).contains("Trung tâm Thông tin");
		assertThat(browser.pageText()).contains("Địa chỉ\n—");
		browser.screenshot("unit-detail");
		browser.assertAccessible();

		browser.click(By.linkText("Chuyển đơn vị"));
		assertThat(browser.heading()).isEqualTo("Chuyển đơn vị Phòng Thử nghiệm " + code);
		browser.assertAccessible();
		Select parent = new Select(browser.find(By.id("parentId")));
		parent.getOptions()
			.stream()
			.filter(o -> o.getText().replace("—", "").strip().equals("Văn phòng Bộ"))
			.findFirst()
			.orElseThrow()
			.click();
		browser.click(By.cssSelector("main form button[type=submit]"));

		assertThat(browser.heading()).isEqualTo("Phòng Thử nghiệm " + code);
		assertThat(browser.text(By.cssSelector("[role=status]"))).contains("Đã chuyển đơn vị.");
		List<String> crumbs = browser.driver()
			.findElements(By.cssSelector(".breadcrumb-item"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(crumbs).containsSubsequence("Bộ Nội vụ", "Văn phòng Bộ", "Phòng Thử nghiệm " + code)
			.doesNotContain("Trung tâm Thông tin");
	}

	@Test
	void aUnitWithoutANameIsNotSaved() {
		String code = "EMPTY-" + System.currentTimeMillis();
		openInformationCenter();
		browser.click(By.linkText("Thêm đơn vị trực thuộc"));
		browser.fillIn(By.id("code"), code);
		new Select(browser.find(By.id("kind"))).selectByVisibleText("Phòng");
		browser.click(By.cssSelector("main form button[type=submit]"));

		assertThat(browser.heading()).isEqualTo("Thêm đơn vị");
		assertThat(browser.find(By.id("nameVi")).getAttribute("class")).contains("is-invalid");
		assertThat(browser.text(By.id("nameVi-error"))).isEqualTo("Không được để trống.");
		assertThat(browser.text(By.cssSelector(".alert-danger"))).contains("Vui lòng sửa các lỗi được đánh dấu bên dưới.",
				"Không được để trống.");
		assertThat(browser.find(By.id("code")).getAttribute("value")).isEqualTo(code);
		assertThat(organisation.findByCodeUnscoped(code)).isEmpty();
		browser.assertAccessible();
	}

	@Test
	void choosingAProvinceLoadsItsWards() {
		openInformationCenter();
		browser.click(By.linkText("Thêm đơn vị trực thuộc"));
		new Select(browser.find(By.id("provinceCode"))).selectByVisibleText("Thành phố Đà Nẵng");

		browser.waitUntil(() -> wardOptions().contains("Phường Hải Châu"));
		assertThat(wardOptions()).first().isEqualTo("— Chọn phường, xã —");
	}

	@Test
	void theUnitPagesFitANarrowPhoneScreen() {
		browser.windowWidth(360);
		openInformationCenter();
		assertThat(browser.scrollWidth()).isLessThanOrEqualTo(360 + 1);
		browser.screenshot("unit-detail-360");
		browser.click(By.linkText("Thêm đơn vị trực thuộc"));
		assertThat(browser.scrollWidth()).isLessThanOrEqualTo(360 + 1);
		browser.screenshot("unit-form-360");
		browser.open("/units");
		assertThat(browser.scrollWidth()).isLessThanOrEqualTo(360 + 1);
	}

	private void openInformationCenter() {
		browser.open("/units/" + organisation.findByCodeUnscoped("BNV-TTTT").orElseThrow().id());
		assertThat(browser.heading()).isEqualTo("Trung tâm Thông tin");
	}

	private List<String> wardOptions() {
		return new Select(browser.driver().findElement(By.id("wardCode"))).getOptions()
			.stream()
			.map(WebElement::getText)
			.toList();
	}
}
