package org.govict.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A security officer registers the ministry's public service portal, proposes level 3 and records the appraisal; the
 * leader approves it and the checklist of level 3 appears. Then an incident on the portal is handled to its closure
 * and its report to the Ministry of Public Security's cybersecurity force downloaded as a PDF in Vietnamese.
 */
class InformationSecurityBrowserTest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aLevelIsApprovedWithItsChecklistAndAnIncidentIsClosedAndReported() throws Exception {
		String name = "Cổng dịch vụ công Bộ " + System.nanoTime() % 100_000;
		long unit = jdbc.sql("SELECT id FROM organisation_units WHERE code = 'BNV-TTTT-CSDL'").query(Long.class).single();

		// 1. The officer registers the system with its facts.
		browser.at(port).windowWidth(1280).signInAs("antt.tttt");
		browser.open("/infosec/systems/new?lang=vi");
		assertThat(browser.heading()).isEqualTo("Thêm hệ thống");
		browser.fillIn(By.id("name"), name);
		new Select(browser.find(By.id("ownerUnitId"))).selectByValue(String.valueOf(unit));
		new Select(browser.find(By.id("kind"))).selectByValue("PUBLIC_SERVICE");
		press(By.id("personalInfo1"));
		press(By.id("administrativeProcedures1"));
		browser.fillIn(By.id("basicDataSubjects"), "25000");
		browser.assertAccessible();
		press(By.cssSelector("main form button[type=submit]"));
		browser.waitUntil(() -> browser.path().matches("/infosec/systems/\\d+"));
		String systemPath = browser.path();
		assertThat(browser.heading()).isEqualTo(name);
		assertThat(browser.text(By.id("suggested-level"))).isEqualTo("Cấp độ 3");
		// Decree 331 art. 13.2.b: handling administrative procedures; 25,000 data subjects alone would be level 2.
		assertThat(browser.text(By.id("level-reasons")))
			.isEqualTo("NĐ 331 Đ13.2.b: Hệ thống giải quyết thủ tục hành chính: cấp độ 3.");

		// 2. A level below the criteria is refused next to its field; level 3 goes to appraisal.
		browser.fillIn(By.id("proposedLevel"), "2");
		browser.fillIn(By.id("appraisingUnit"), "Cục An toàn thông tin");
		browser.click(By.id("propose"));
		assertThat(browser.text(By.id("proposedLevel-error"))).contains("không được thấp hơn cấp độ 3");
		browser.fillIn(By.id("proposedLevel"), "3");
		browser.click(By.id("propose"));
		browser.waitUntil(() -> browser.text(By.id("dossier-status")).equals("Đang thẩm định"));
		assertThat(browser.text(By.id("legal-basis"))).isEqualTo("Nghị định 331/2026/NĐ-CP");
		browser.fillIn(By.id("opinion"), "Hồ sơ đủ điều kiện, thống nhất cấp độ 3.");
		browser.click(By.id("appraise"));
		browser.waitUntil(() -> browser.text(By.id("dossier-status")).equals("Đã thẩm định, chờ phê duyệt"));
		browser.assertAccessible();

		// 3. The leader approves; the checklist of level 3 follows.
		browser.signInAs("lanhdao.tttt");
		browser.open(systemPath + "?lang=vi");
		browser.fillIn(By.id("decisionNumber"), "125/QĐ-TTTT");
		browser.fillIn(By.id("approvingAuthority"), "Giám đốc Trung tâm Thông tin");
		browser.click(By.id("approve"));
		browser.waitUntil(() -> browser.text(By.id("dossier-status")).equals("Đã phê duyệt"));
		assertThat(browser.text(By.id("approved-level"))).isEqualTo("Cấp độ 3");
		assertThat(browser.text(By.id("checklist-title"))).isEqualTo("Biện pháp bắt buộc ở cấp độ 3");
		String checklist = browser.text(By.id("checklist"));
		assertThat(checklist).contains("KT.1.10", "QL.5.13").doesNotContain("KT.2.12");
		// The checklist is grouped after Circular 12/2022/TT-BTTTT, each group with its progress.
		assertThat(checklist).contains("Yêu cầu quản lý", "Chính sách an toàn thông tin", "Yêu cầu kỹ thuật",
				"Bảo đảm an toàn dữ liệu");
		assertThat(browser.text(By.id("group-met-NETWORK"))).matches("0/\\d+ đã đáp ứng");
		browser.assertAccessible();
		browser.windowWidth(360);
		assertThat(browser.horizontalOverflow()).as("horizontal overflow at 360 px").isLessThanOrEqualTo(1);
		browser.windowWidth(1280);

		// 4. The officer records an incident on the portal and sees when it must be reported.
		browser.signInAs("antt.tttt");
		browser.open("/infosec/incidents/new?lang=vi");
		new Select(browser.find(By.id("systemId"))).selectByVisibleText(name);
		browser.fillIn(By.id("title"), "Tấn công từ chối dịch vụ vào cổng");
		browser.fillIn(By.id("description"), "Lưu lượng bất thường từ nhiều địa chỉ nước ngoài.");
		new Select(browser.find(By.id("severity"))).selectByValue("HIGH");
		browser.click(By.cssSelector("main form button[type=submit]"));
		browser.waitUntil(() -> browser.path().matches("/infosec/incidents/\\d+"));
		String incidentPath = browser.path();
		assertThat(browser.text(By.id("incident-stage"))).isEqualTo("Phát hiện");
		// A serious incident: notified within 24 hours and reported within 72 (Decree 331 art. 31.2.d).
		assertThat(browser.pageText()).contains(
				"Sự cố nghiêm trọng: phải thông báo ban đầu cho lực lượng chuyên trách bảo vệ an ninh mạng thuộc Bộ Công an trước",
				"Sự cố phải được báo cáo cho lực lượng chuyên trách bảo vệ an ninh mạng thuộc Bộ Công an trước");
		assertThat(browser.pageText()).doesNotContain("VNCERT");
		browser.assertAccessible();

		// 5. Through the life-cycle to its closure, which needs the lessons learned.
		for (String[] step : new String[][] { { "ANALYSED", "Đã phân tích" }, { "CONTAINED", "Đã ngăn chặn" },
				{ "ERADICATED", "Đã loại bỏ" }, { "RECOVERED", "Đã khôi phục" } }) {
			new Select(browser.find(By.id("stage"))).selectByValue(step[0]);
			browser.fillIn(By.id("note"), "Ghi chú bước " + step[1]);
			press(By.id("advance"));
			browser.waitUntil(() -> browser.text(By.id("incident-stage")).equals(step[1]));
		}
		press(By.id("mark-noticed"));
		browser.waitUntil(() -> !browser.text(By.id("noticed-at")).equals("Chưa thông báo"));
		press(By.id("mark-reported"));
		browser.waitUntil(() -> !browser.text(By.id("reported-at")).equals("Chưa báo cáo"));
		new Select(browser.find(By.id("stage"))).selectByValue("CLOSED");
		press(By.id("advance"));
		assertThat(browser.text(By.id("lessons-error"))).isEqualTo("Ghi bài học kinh nghiệm trước khi đóng sự cố.");
		new Select(browser.find(By.id("stage"))).selectByValue("CLOSED");
		browser.fillIn(By.id("lessons"), "Bật lọc lưu lượng tại tường lửa biên.");
		press(By.id("advance"));
		browser.waitUntil(() -> browser.text(By.id("incident-stage")).equals("Đã đóng"));
		browser.windowWidth(360);
		assertThat(browser.horizontalOverflow()).as("horizontal overflow at 360 px").isLessThanOrEqualTo(1);
		browser.windowWidth(1280);

		// 6. The report, downloaded as a PDF in Vietnamese.
		String href = browser.find(By.id("report-pdf")).getAttribute("href");
		assertThat(href).endsWith(incidentPath + "/report.pdf");
		HttpResponse<byte[]> pdf = get(href);
		assertThat(pdf.statusCode()).isEqualTo(200);
		try (var document = Loader.loadPDF(pdf.body())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("BÁO CÁO SỰ CỐ AN NINH MẠNG", name, "Tấn công từ chối dịch vụ",
					"Đã đóng", "Bật lọc lưu lượng tại tường lửa biên.",
					"Kính gửi: Lực lượng chuyên trách bảo vệ an ninh mạng, Bộ Công an", "Nghị định 331/2026/NĐ-CP")
				.doesNotContain("VNCERT");
		}
	}

	@Test
	void everyPageReadsInEnglishAccessiblyAndOnAPhone() {
		browser.at(port).windowWidth(1280).signInAs("antt.tttt");
		for (String path : new String[] { "/infosec/systems", "/infosec/systems/new", "/infosec/incidents",
				"/infosec/incidents/new", "/infosec/vulnerabilities", "/infosec/vulnerabilities/new",
				"/infosec/inspections", "/infosec/inspections/new", "/infosec/measures" }) {
			browser.windowWidth(1280);
			browser.open(path + "?lang=en");
			assertThat(browser.pageText()).as(path).contains("Information security");
			browser.assertAccessible();
			browser.windowWidth(360);
			assertThat(browser.horizontalOverflow()).as("horizontal overflow of " + path + " at 360 px")
				.isLessThanOrEqualTo(1);
		}
		browser.windowWidth(1280);
		// The demo's personnel database: its facts in English, with English thousands separators.
		long demoSystem = jdbc.sql("SELECT s.id FROM infosec_systems s JOIN inventory_assets a ON a.id = s.asset_id"
				+ " WHERE a.inventory_number = 'TTTT-HT-01'").query(Long.class).single();
		browser.open("/infosec/systems/" + demoSystem + "?lang=en");
		assertThat(browser.pageText()).contains("Information infrastructure", "2,500,000", "Decree 331 art. 14.2")
			.doesNotContain("2.500.000");
		browser.open("/infosec/systems/" + demoSystem + "?lang=vi");
		assertThat(browser.pageText()).contains("2.500.000");
		browser.open("/infosec/vulnerabilities/new?lang=en");
		browser.fillIn(By.id("title"), "Outdated TLS library");
		browser.fillIn(By.id("cveId"), "CVE-24");
		press(By.cssSelector("main form button[type=submit]"));
		assertThat(browser.text(By.id("cveId-error"))).isEqualTo("A CVE id looks like CVE-2024-12345.");
		assertThat(browser.text(By.id("assetId-error"))).isNotBlank();
	}

	/**
	 * Clicks a button after scrolling it to the middle of the window at once: Bootstrap scrolls smoothly, and a click
	 * during the scroll lands beside the button.
	 */
	private void press(By button) {
		browser.script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", browser.find(button));
		browser.click(button);
	}

	private HttpResponse<byte[]> get(String url) throws Exception {
		String cookies = browser.driver()
			.manage()
			.getCookies()
			.stream()
			.map(c -> c.getName() + "=" + c.getValue())
			.collect(Collectors.joining("; "));
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies).build(),
					HttpResponse.BodyHandlers.ofByteArray());
	}
}
