package org.govict.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.govict.inventory.agent.AgentXml;
import org.govict.support.Demo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The IT inventory as a technician sees it: a machine an inventory agent just sent is found in the list without
 * diacritics or case, its page shows its software and hardware, and the software catalogue counts its programs;
 * every inventory page is accessible and fits a phone.
 */
class InventoryBrowserTest extends BrowserTest {

	@ParameterizedTest(name = "{1} in {2} as {0}")
	@CsvSource(delimiter = '|', textBlock = """
			kythuat.tttt | /inventory/assets      | vi | Tài sản CNTT
			kythuat.tttt | /inventory/assets/new  | en | Register an asset
			kythuat.tttt | /inventory/software    | vi | Danh mục phần mềm
			antt.tttt    | /inventory/licences    | en | Software licences
			admin        | /inventory/matching    | vi | Quy tắc đối chiếu máy
			kythuat.tttt | /inventory/imports     | en | Import assets from a file
			""")
	void aPageShowsItsHeadingAccessiblyAndFitsAPhone(String user, String path, String language, String heading) {
		browser.at(port).windowWidth(1280).signInAs(user);
		browser.open(path + "?lang=" + language);
		assertThat(browser.heading()).startsWith(heading);
		browser.assertAccessible();
		browser.windowWidth(360);
		assertThat(browser.horizontalOverflow()).as("horizontal overflow at 360 px on " + path).isLessThanOrEqualTo(1);
	}

	@Test
	void theTechnicianFindsTheMachineTheAgentSentAndSeesItsSoftware() throws Exception {
		String xml;
		try (var in = getClass().getResourceAsStream("/inventory/fusioninventory-workstation.xml")) {
			xml = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("PC-CSDL-017", "PC-TRINH-DUYET-01")
				.replace("4C4C4544-0058-4A10-8032-B7C04F514433", "33333333-2222-3333-4444-555555555501")
				.replace("<SSN>7XJ2QD3</SSN>", "<SSN>BROWSER01</SSN>")
				.replace("b0:7b:25:0a:4c:91", "b0:7b:25:00:00:91")
				.replace("0C:54:15:A1:22:7E", "0C:54:15:00:00:92");
		}
		HttpResponse<byte[]> sent = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/inventory/agent"))
				.header("Content-Type", "application/x-compress")
				.POST(HttpRequest.BodyPublishers.ofByteArray(AgentXml.zlib(xml.getBytes(StandardCharsets.UTF_8))))
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(sent.statusCode()).isEqualTo(200);

		browser.at(port).windowWidth(1280).signInAs(Demo.MINISTRY_TECHNICIAN);
		browser.open("/?lang=vi");
		browser.click(By.linkText("Tài sản CNTT"));
		browser.click(By.linkText("Danh sách tài sản"));
		assertThat(browser.heading()).isEqualTo("Tài sản CNTT");
		browser.fillIn(By.id("q"), "pc-trinh-duyet");
		browser.find(By.id("q")).sendKeys(Keys.ENTER);
		browser.waitUntil(() -> browser.pageText().contains("PC-TRINH-DUYET-01"));
		browser.click(By.linkText("PC-TRINH-DUYET-01"));

		assertThat(browser.heading()).startsWith("PC-TRINH-DUYET-01");
		String page = browser.pageText();
		assertThat(page).contains("Máy trạm", "Dell Inc.", "OptiPlex 7090", "Microsoft Windows 10 Pro", "10.0.3.117",
				"Phần mềm đã cài đặt (300)", "Unikey 4.3 RC5", "Phạm Kim Long", "Lần kiểm kê gần nhất");
		browser.assertAccessible();
		browser.windowWidth(360);
		assertThat(browser.horizontalOverflow()).as("horizontal overflow at 360 px on the asset page").isLessThanOrEqualTo(1);
		browser.screenshot("inventory-asset-from-agent-phone");

		// The catalogue counts the machine's programs once the technician has them counted.
		browser.windowWidth(1280);
		browser.open("/inventory/software?q=unikey");
		browser.click(By.xpath("//button[normalize-space()='Đếm lại ngay']"));
		assertThat(browser.pageText()).contains("Đã đếm lại số lượt cài đặt.", "Số lượt cài đặt được đếm lúc");
		browser.fillIn(By.id("q"), "unikey");
		browser.find(By.id("q")).sendKeys(Keys.ENTER);
		browser.waitUntil(() -> browser.pageText().contains("Unikey 4.3 RC5"));
		browser.assertAccessible();
	}
}
