package org.govict.browser;

import org.govict.support.Demo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

class SignInBrowserTest extends BrowserTest {

	@BeforeEach
	void newVisitor() {
		browser.at(port).forgetEverything().windowWidth(1280);
	}

	@Test
	void theLoginPageSpeaksVietnameseAndIsAccessible() {
		browser.open("/");

		assertThat(browser.path()).startsWith("/login");
		assertThat(browser.driver().getTitle()).startsWith("Đăng nhập");
		assertThat(browser.heading()).isEqualTo("Đăng nhập GovICT");
		assertThat(browser.text(By.cssSelector("label[for=username]"))).isEqualTo("Tên đăng nhập");
		assertThat(browser.text(By.cssSelector("label[for=password]"))).isEqualTo("Mật khẩu");
		browser.assertAccessible();
	}

	@Test
	void aWrongPasswordIsToldInVietnamese() {
		browser.signIn(Demo.ADMIN, "not-the-password");

		assertThat(browser.path()).startsWith("/login");
		assertThat(browser.text(By.cssSelector("[role=alert]")))
			.isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng.");
		assertThat(browser.find(By.id("password")).getAttribute("value")).isEmpty();
		browser.assertAccessible();
	}

	@Test
	void theAdministratorSignsInAndIsWelcomedByName() {
		browser.signInAs(Demo.ADMIN);

		assertThat(browser.path()).isIn("/", "/?continue");
		assertThat(browser.heading()).isEqualTo("Xin chào, Quản trị hệ thống");
		assertThat(browser.pageText()).contains("Phạm vi dữ liệu: toàn bộ hệ thống");
		browser.screenshot("home");
		browser.assertAccessible();
	}

	@Test
	void theHomePageFitsANarrowPhoneScreen() {
		browser.signInAs(Demo.DANANG_STAFF);
		browser.windowWidth(360).open("/");

		assertThat(browser.heading()).isEqualTo("Xin chào, Võ Thị Mai");
		assertThat(browser.script("return window.innerWidth;")).isEqualTo(360L);
		assertThat(browser.scrollWidth()).isLessThanOrEqualTo(360 + 1);
		browser.screenshot("home-360");
	}
}
