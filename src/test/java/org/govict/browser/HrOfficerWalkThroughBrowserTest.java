package org.govict.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.govict.identity.internal.ApiTokens;
import org.govict.personnel.PersonnelExchange;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The registry's day as its issue tells it: an HR officer of Đà Nẵng imports a file with bad rows, reads the error
 * report, loads the corrected rows, finds a new colleague without typing diacritics, prints the résumé and runs BM01
 * for the province, which counts the people just loaded; then a ministry's system reads the same people from the
 * changes feed of the exchange API.
 */
class HrOfficerWalkThroughBrowserTest extends BrowserTest {

	static final String HEADER = "Họ và tên khai sinh,Số định danh cá nhân,Giới tính,Ngày sinh,Mã đơn vị\n";

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Test
	void importFixSearchPrintReportAndSync() throws Exception {
		browser.at(port).windowWidth(1280).signInAs("tochuc.danang");
		long before = bm01Total();

		// 1. A file of four people: two are wrong (a day that does not exist, an ID whose sex digit says male).
		Path file = csv("so-noi-vu-dot-1-", HEADER + """
				Đoàn Thị Xuân Mai,048192700501,Nữ,14/03/1992,DNG-SNV
				Đoàn Văn Sửa,048089700502,Nam,31/04/1989,DNG-SNV
				Đoàn Thị Hậu,048191700503,Nữ,22/08/1991,DNG-SKHCN
				Đoàn Minh Khôi,048193700504,Nam,05/01/1993,DNG-SKHCN
				""");
		String importPage = upload(file);
		assertThat(browser.text(By.id("rows-loaded"))).isEqualTo("2");
		assertThat(browser.text(By.id("rows-refused"))).isEqualTo("2");
		String errors = browser.text(By.id("import-errors"));
		assertThat(errors).contains("31/04/1989", "048193700504");
		browser.screenshot("walkthrough-1-import-with-errors");

		// 2. The error report, as the officer downloads it: the rows, columns and messages in Vietnamese.
		List<String> report = errorReport(importPage + "/errors.xlsx");
		assertThat(report).anySatisfy(line -> assertThat(line).contains("3", "Ngày sinh", "31/04/1989"));
		assertThat(report).anySatisfy(line -> assertThat(line).contains("5", "048193700504"));

		// 3. The two rows corrected and loaded.
		Path fixed = csv("so-noi-vu-dot-1-sua-", HEADER + """
				Đoàn Văn Sửa,048089700502,Nam,30/04/1989,DNG-SNV
				Đoàn Minh Khôi,048093700504,Nam,05/01/1993,DNG-SKHCN
				""");
		upload(fixed);
		assertThat(browser.text(By.id("rows-loaded"))).isEqualTo("2");
		assertThat(browser.text(By.id("rows-refused"))).isEqualTo("0");
		browser.screenshot("walkthrough-2-import-fixed");

		// 4. Search without diacritics.
		browser.open("/personnel/records?lang=vi");
		browser.fillIn(By.id("q"), "doan van sua");
		browser.waitUntil(() -> browser.text(By.id("results-title")).equals("Tìm thấy 1 hồ sơ"));
		browser.screenshot("walkthrough-3-search");
		browser.click(By.linkText("Đoàn Văn Sửa"));
		assertThat(browser.heading()).isEqualTo("Đoàn Văn Sửa");
		browser.screenshot("walkthrough-4-record");

		// 5. The résumé, as a PDF.
		String resume = browser.find(By.cssSelector("a[href$='/resume.pdf']")).getAttribute("href");
		HttpResponse<byte[]> pdf = get(resume);
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

		// 6. BM01 of the province counts the four new people.
		assertThat(bm01Total()).isEqualTo(before + 4);
		browser.screenshot("walkthrough-5-bm01");

		// 7. The ministry's system reads them from the changes feed.
		long userId = jdbc.sql("SELECT id FROM users WHERE username = 'tochuc.bnv'").query(Long.class).single();
		String token = tokens.issue(userId, "Hệ thống của Bộ", Instant.now().plus(1, ChronoUnit.HOURS),
				List.of(PersonnelExchange.READ_SCOPE)).secret();
		String feed = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
					+ "/api/v1/personnel/exchange/changes?limit=1000"))
				.header("Authorization", "Bearer " + token)
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
			.body();
		String all = feed;
		String next = cursor(feed);
		while (next != null && !all.contains("048093700504")) {
			String page = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
						+ "/api/v1/personnel/exchange/changes?limit=1000&since=" + next))
					.header("Authorization", "Bearer " + token)
					.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
				.body();
			String after = cursor(page);
			all += page;
			next = after == null || after.equals(next) ? null : after;
		}
		assertThat(all).contains("048192700501", "048089700502", "048191700503", "048093700504");
	}

	/** Uploads a file in "load the valid rows" mode and waits for the result; returns the import's page. */
	private String upload(Path file) {
		browser.open("/personnel/imports?lang=vi");
		browser.driver().findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
		browser.click(By.cssSelector("label[for='mode2']"));
		browser.click(By.cssSelector("form[enctype] button[type=submit]"));
		browser.waitUntil(() -> browser.pageText().contains("Hoàn thành"));
		return browser.driver().getCurrentUrl().replaceAll("[?#].*$", "");
	}

	private long bm01Total() {
		long unit = jdbc.sql("SELECT id FROM organisation_units WHERE code = 'DNG'").query(Long.class).single();
		browser.open("/personnel/reports?lang=vi&unit=" + unit);
		return Long.parseLong(browser.text(By.cssSelector("#bm01 tfoot td")).replace(".", "").replace(",", ""));
	}

	private static Path csv(String prefix, String content) throws Exception {
		Path file = Files.createTempFile(prefix, ".csv");
		file.toFile().deleteOnExit();
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
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

	private List<String> errorReport(String url) throws Exception {
		HttpResponse<byte[]> response = get(url);
		assertThat(response.statusCode()).isEqualTo(200);
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(response.body()))) {
			try (var rows = workbook.getFirstSheet().openStream()) {
				return rows.map(HrOfficerWalkThroughBrowserTest::line).toList();
			}
		}
	}

	private static String line(Row row) {
		return row.stream().map(cell -> cell == null ? "" : cell.getRawValue()).collect(Collectors.joining(" | "));
	}

	private static String cursor(String json) {
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\"nextCursor\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
		return matcher.find() ? matcher.group(1) : null;
	}
}
