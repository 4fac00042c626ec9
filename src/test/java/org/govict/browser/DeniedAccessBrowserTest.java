package org.govict.browser;

import org.govict.organisation.Organisation;
import org.govict.support.Demo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class DeniedAccessBrowserTest extends BrowserTest {

	@Autowired
	Organisation organisation;



	@BeforeEach
	void newVisitor() {
		browser.at(port).windowWidth(1280).forgetEverything();
	}

	@Test
	void aDaNangAdministratorCannotSeeTheMinistry() {
		long ministry = organisation.findByCodeUnscoped("BNV").orElseThrow().id();
		browser.signInAs(Demo.DANANG_UNIT_ADMIN);

		browser.open("/units/" + ministry);

		assertThat(browser.heading()).isEqualTo("Không tìm thấy");
		assertThat(browser.pageText()).contains("Trang hoặc bản ghi bạn tìm không tồn tại")
			.doesNotContain("Bộ Nội vụ", "Ministry of Home Affairs", "Trung tâm Thông tin", "Văn phòng Bộ");
		assertThat(browser.driver().getPageSource()).doesNotContain("Bộ Nội vụ", "Ministry of Home Affairs");
		browser.assertAccessible();
		browser.click(org.openqa.selenium.By.linkText("Về trang chủ"));
		assertThat(browser.heading()).isEqualTo("Xin chào, Đặng Văn Nam");
	}

	@Test
	void staffCannotOpenTheAuditTrail() {
		browser.signInAs(Demo.DANANG_STAFF);

		browser.open("/audit");

		assertThat(browser.heading()).isEqualTo("Không có quyền truy cập");
		assertThat(browser.pageText()).contains("Bạn không có quyền xem trang này");
		browser.assertAccessible();
	}
}
