package org.govict.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.govict.support.Demo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every page of the foundation, as an administrator sees it in each language: the right heading, no serious
 * accessibility violation, and nothing wider than a 360 px phone screen.
 */
class PlatformPagesBrowserTest extends BrowserTest {

	@ParameterizedTest(name = "{0} in {1}")
	@CsvSource(delimiter = '|', textBlock = """
			/users                    | vi | Người dùng
			/users                    | en | Users
			/admin/roles              | vi | Vai trò
			/admin/outbox             | en | Outgoing mail
			/audit                    | vi | Nhật ký kiểm toán
			/audit/verify             | en | Verify integrity
			/reference/calendar?year=2026 | vi | Lịch làm việc năm 2026
			/reference/areas          | en | Administrative areas
			/account                  | vi | Tài khoản của tôi
			/account/second-factor    | en | Set up two-step sign-in
			/reference/calendar/proposals?year=2031 | vi | Đề xuất ngày nghỉ lễ năm 2031
			/personnel/lists          | vi | Danh mục nhân sự
			/personnel/lists/salary-grades | en | Salary grades
			/personnel/lists/ethnic-groups | vi | Dân tộc
			/personnel/records        | en | Personnel records
			/personnel/records/new    | vi | Lập hồ sơ mới
			""")
	void aPageShowsItsHeadingAccessiblyAndFitsAPhone(String path, String language, String heading) {
		browser.at(port).windowWidth(1280).signInAs(Demo.ADMIN);
		browser.open(path + (path.contains("?") ? "&" : "?") + "lang=" + language);
		assertThat(browser.heading()).startsWith(heading);
		browser.assertAccessible();
		browser.screenshot(path.replaceAll("[^a-z0-9]+", "-") + "-" + language);
		browser.windowWidth(360);
		assertThat(browser.horizontalOverflow()).as("horizontal overflow at 360 px on " + path).isLessThanOrEqualTo(1);
		browser.screenshot(path.replaceAll("[^a-z0-9]+", "-") + "-" + language + "-phone");
	}

	@org.junit.jupiter.api.Test
	void rolesAreNamedInTheReadersLanguageNotByCode() {
		browser.at(port).windowWidth(1280).signInAs(Demo.ADMIN);
		browser.open("/users?lang=vi");
		assertThat(browser.pageText()).contains("Quản trị đơn vị", "Chuyên viên").doesNotContain("UNIT_ADMIN");
		browser.open("/users?lang=en");
		assertThat(browser.pageText()).contains("Unit administrator", "Staff").doesNotContain("UNIT_ADMIN");
	}
}
