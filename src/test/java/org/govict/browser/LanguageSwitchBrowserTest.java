package org.govict.browser;

import org.govict.support.Demo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageSwitchBrowserTest extends BrowserTest {

	@BeforeEach
	void signIn() {
		browser.at(port).windowWidth(1280).signInAs(Demo.ADMIN);
	}

	@Test
	void theLanguageChosenInTheHeaderIsKeptFromPageToPage() {
		assertThat(browser.heading()).isEqualTo("Xin chào, Quản trị hệ thống");
		assertThat(mainNavigation()).contains("Tổ chức");

		browser.click(By.linkText("English"));

		assertThat(browser.heading()).isEqualTo("Welcome, Quản trị hệ thống");
		assertThat(mainNavigation()).contains("Organisation", "Users", "Audit trail");
		assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
		assertThat(browser.find(By.linkText("English")).getAttribute("aria-current")).isEqualTo("true");
		browser.assertAccessible();

		browser.click(By.linkText("Organisation"));

		assertThat(browser.path()).isEqualTo("/units");
		assertThat(browser.heading()).isEqualTo("Organisation");
		assertThat(browser.pageText()).contains("Ministry of Home Affairs");

		browser.click(By.linkText("Tiếng Việt"));

		assertThat(browser.path()).startsWith("/units");
		assertThat(browser.heading()).isEqualTo("Cơ cấu tổ chức");
		assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
		browser.open("/");
		assertThat(browser.heading()).isEqualTo("Xin chào, Quản trị hệ thống");
	}

	private String mainNavigation() {
		return browser.text(By.id("mainNav"));
	}
}
