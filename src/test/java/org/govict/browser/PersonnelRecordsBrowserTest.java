package org.govict.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.govict.identity.internal.AccountDetailsService;
import org.govict.organisation.Organisation;
import org.govict.personnel.ChangeDetails;
import org.govict.personnel.ChangeKind;
import org.govict.personnel.PersonnelRecord;
import org.govict.personnel.PersonnelRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The main flow of an HR officer of Da Nang: find a person by a name typed without diacritics, open the record, read
 * it as it stood last year, record a salary step and see it head the history.
 */
class PersonnelRecordsBrowserTest extends BrowserTest {

	static final String NAME = "Nguyễn Thị Thùy Dương";

	static final String ID_NUMBER = "048190000721";

	@Autowired
	PersonnelRegistry registry;

	@Autowired
	Organisation organisation;

	@Autowired
	AccountDetailsService accounts;

	@Autowired
	JdbcClient jdbc;

	/** A person with a known salary history: step 1 from 2020, step 2 from 2023. */
	@BeforeEach
	void registerThePerson() {
		if (jdbc.sql("SELECT count(*) FROM personnel_records WHERE id_number = ?").param(ID_NUMBER).query(Long.class)
			.single() > 0) {
			return;
		}
		UserDetails officer = accounts.loadUserByUsername("tochuc.danang");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(officer, null, officer.getAuthorities()));
		try {
			Map<String, Object> fields = new LinkedHashMap<>();
			fields.put("full_name", NAME);
			fields.put("id_number", ID_NUMBER);
			fields.put("sex", "F");
			fields.put("birth_date", "1990-05-12");
			fields.put("unit_id", organisation.findByCodeUnscoped("DNG-SKHCN-CNTT").orElseThrow().id());
			fields.put("rank_code", "01.003");
			fields.put("salary_step", 1);
			fields.put("salary_since", "2020-01-01");
			fields.put("recruited_on", "2020-01-01");
			PersonnelRecord record = registry.register(fields, ChangeDetails.of(ChangeKind.REGISTERED,
					LocalDate.of(2020, 1, 1)));
			registry.change(record.id(), null, Map.of("salary_step", 2, "salary_since", "2023-01-01"),
					new ChangeDetails(ChangeKind.SALARY_CHANGED, LocalDate.of(2023, 1, 1), "12/QĐ-SNV", null, null));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@Test
	void anHrOfficerFindsARecordReadsItLastYearAndRecordsASalaryStep() {
		browser.at(port).windowWidth(1280).signInAs("tochuc.danang");
		browser.open("/personnel/records?lang=vi");
		assertThat(browser.heading()).isEqualTo("Hồ sơ cán bộ, công chức, viên chức");

		browser.fillIn(By.id("q"), "nguyen thi thuy duong");
		// The results follow the typing, without a click on Search.
		browser.waitUntil(() -> browser.text(By.id("results-title")).equals("Tìm thấy 1 hồ sơ"));
		assertThat(browser.text(By.id("results"))).contains(NAME);
		assertThat(browser.path()).contains("q=nguyen");
		browser.assertAccessible();
		browser.screenshot("personnel-records-search");
		fitsAPhone();

		browser.windowWidth(1280);
		browser.click(By.linkText(NAME));
		assertThat(browser.heading()).isEqualTo(NAME);
		assertThat(browser.text(By.id("header-salary"))).isEqualTo("Bậc 2, hệ số 2.67");
		browser.assertAccessible();
		browser.screenshot("personnel-record");
		fitsAPhone();

		browser.windowWidth(1280);
		String lastYear = LocalDate.now().minusYears(1).withDayOfYear(1).plusDays(30).toString();
		browser.script("document.getElementById('asOf').value = arguments[0];", lastYear);
		browser.click(By.cssSelector("form[aria-labelledby=asof-title] button[type=submit]"));
		browser.waitUntil(() -> browser.path().contains("asOf=" + lastYear));
		// Last year the person was on step 2: so the banner and the record say, not today's step.
		assertThat(browser.text(By.id("asof-banner"))).contains("Hồ sơ như tại ngày").contains("bậc lương 2, hệ số 2.67");
		assertThat(browser.text(By.cssSelector("[data-field=salary_step] span"))).isEqualTo("2");
		assertThat(browser.driver().findElements(By.cssSelector("[data-field=salary_step] .changed-later"))).isEmpty();
		browser.assertAccessible();

		// In 2021 the step was 1, which has changed since: the page says so next to the value, not next to the name.
		String recordPath = browser.path().replaceAll("\\?.*$", "");
		browser.open(recordPath + "?asOf=2021-06-01");
		assertThat(browser.text(By.cssSelector("[data-field=salary_step] span"))).isEqualTo("1");
		assertThat(browser.text(By.cssSelector("[data-field=salary_step] .changed-later")))
			.isEqualTo("đã thay đổi sau ngày này");
		assertThat(browser.driver().findElements(By.cssSelector("[data-field=full_name] .changed-later"))).isEmpty();
		browser.assertAccessible();

		browser.click(By.linkText("Về hồ sơ hiện tại"));
		browser.click(By.linkText("Nâng bậc lương"));
		assertThat(browser.heading()).isEqualTo("Nâng bậc lương");
		browser.fillIn(By.id("salary_step"), "3");
		browser.waitUntil(() -> browser.text(By.id("coefficient-preview")).contains("3.00"));
		browser.fillIn(By.id("decisionNumber"), "99/QĐ-SNV");
		browser.assertAccessible();
		WebElement save = browser.find(By.cssSelector("form button.btn-primary[type=submit]"));
		browser.script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", save);
		save.click();

		assertThat(browser.heading()).isEqualTo(NAME);
		assertThat(browser.pageText()).contains("Đã ghi nhận: Nâng bậc lương.");
		assertThat(browser.text(By.id("header-salary"))).isEqualTo("Bậc 3, hệ số 3.00");
		WebElement latest = browser.find(By.cssSelector("#history li"));
		assertThat(latest.getAttribute("data-kind")).isEqualTo("SALARY_CHANGED");
		assertThat(latest.getText()).contains("Nâng bậc lương", "99/QĐ-SNV", "tochuc.danang");
	}

	@Test
	void theRecordPagesReadInEnglishToo() {
		browser.at(port).windowWidth(1280).signInAs("tochuc.danang");
		browser.open("/personnel/records?q=thuy+duong&lang=en");
		assertThat(browser.heading()).isEqualTo("Personnel records");
		assertThat(browser.text(By.id("results"))).contains(NAME);
		browser.click(By.linkText(NAME));
		assertThat(browser.pageText()).contains("Salary history", "History of changes", "Health");
		browser.assertAccessible();
		fitsAPhone();
		browser.screenshot("personnel-record-en-phone");

		browser.windowWidth(1280);
		String record = browser.path().replaceAll("\\?.*", "");
		browser.open(record + "/edit/family");
		assertThat(browser.heading()).isEqualTo("Family");
		browser.click(By.cssSelector("button[name=addRow][value=family]"));
		browser.fillIn(By.id("family-0-relation"), "Mẹ");
		browser.fillIn(By.id("family-0-name"), "Trần Thị Hoa");
		browser.assertAccessible();
		fitsAPhone();
		browser.screenshot("personnel-record-family-phone");
		browser.windowWidth(1280);
		WebElement save = browser.find(By.cssSelector("form button.btn-primary[type=submit]"));
		browser.script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", save);
		save.click();
		assertThat(browser.text(By.id("group-family"))).contains("Trần Thị Hoa");

		browser.open(record + "/events/transferred");
		assertThat(browser.heading()).isEqualTo("Transfer");
		browser.assertAccessible();
		fitsAPhone();
	}

	private void fitsAPhone() {
		browser.windowWidth(360);
		assertThat(browser.horizontalOverflow()).as("horizontal overflow at 360 px on " + browser.path())
			.isLessThanOrEqualTo(1);
	}
}
