package org.govict.feedback.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.govict.identity.internal.AccountDetailsService;
import org.govict.identity.internal.ApiTokens;
import org.govict.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;

/**
 * An Open311 client as such applications are written: over HTTP to the running server, without a session or a
 * CSRF token, it discovers the services, submits a request form-encoded with its api_key, and follows it by token
 * and by id, reading the XML answers with a plain XML parser.
 */
@IntegrationTest
@AutoConfigureMockMvc
class Open311ClientFlowTests {

	@LocalServerPort
	int port;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountDetailsService accounts;

	private final HttpClient http = HttpClient.newHttpClient();

	private String endpoint(String path) {
		return "http://localhost:" + port + "/open311/v2/" + path;
	}

	private HttpResponse<byte[]> fetch(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(endpoint(path))).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	private HttpResponse<byte[]> send(String path, Map<String, String> form) throws Exception {
		String body = form.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return http.send(HttpRequest.newBuilder(URI.create(endpoint(path)))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static Document xml(HttpResponse<byte[]> response) throws Exception {
		return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(response.body()));
	}

	private static String first(Document document, String element) {
		return document.getElementsByTagName(element).item(0).getTextContent();
	}

	@Test
	void anOpen311ClientCreatesAndReadsACase() throws Exception {
		long userId = jdbc.sql("SELECT id FROM users WHERE username = 'tiepnhan.tttt'").query(Long.class).single();
		String apiKey = tokens.issue(userId, "Ứng dụng Đà Nẵng Smart City", Instant.now().plus(30, ChronoUnit.DAYS),
				List.of("open311:submit")).secret();

		HttpResponse<byte[]> services = fetch("services.xml");
		assertThat(services.statusCode()).isEqualTo(200);
		assertThat(services.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/xml"));
		Document catalogue = xml(services);
		assertThat(catalogue.getDocumentElement().getNodeName()).isEqualTo("services");
		assertThat(catalogue.getElementsByTagName("service").getLength()).isGreaterThan(3);

		assertThat(xml(fetch("services/FEEDBACK-INFOSEC.xml")).getDocumentElement().getNodeName())
			.isEqualTo("service_definition");

		Map<String, String> form = new LinkedHashMap<>();
		form.put("api_key", apiKey);
		form.put("service_code", "FEEDBACK-INFOSEC");
		form.put("first_name", "Phạm");
		form.put("last_name", "Minh Khôi");
		form.put("email", "khoi.client@example.vn");
		form.put("description", "Trang web phường có dấu hiệu bị chèn quảng cáo cờ bạc " + UUID.randomUUID());
		form.put("address_string", "UBND phường Hải Châu");
		form.put("attribute[publish_consent]", "true");
		HttpResponse<byte[]> created = send("requests.xml", form);
		assertThat(created.statusCode()).isEqualTo(201);
		Document receipt = xml(created);
		assertThat(receipt.getDocumentElement().getNodeName()).isEqualTo("service_requests");
		String token = first(receipt, "token");
		String id = first(receipt, "service_request_id");
		assertThat(first(receipt, "service_notice")).contains(id);

		Document byToken = xml(fetch("tokens/" + token + ".xml"));
		assertThat(first(byToken, "service_request_id")).isEqualTo(id);

		HttpResponse<byte[]> read = fetch("requests/" + id + ".xml?locale=en");
		assertThat(read.statusCode()).isEqualTo(200);
		Document request = xml(read);
		assertThat(first(request, "status")).isEqualTo("open");
		assertThat(first(request, "status_notes")).isEqualTo("Received");
		assertThat(first(request, "service_code")).isEqualTo("FEEDBACK-INFOSEC");
		assertThat(first(request, "agency_responsible")).isNotBlank();
		assertThat(OffsetDateTime.parse(first(request, "requested_datetime")).getOffset().getTotalSeconds())
			.isEqualTo(7 * 3600);
		assertThat(OffsetDateTime.parse(first(request, "expected_datetime"))).isAfter(OffsetDateTime.now());
		String text = new String(read.body(), StandardCharsets.UTF_8);
		assertThat(text).doesNotContain("Khôi", "khoi.client", "chèn quảng cáo");

		HttpResponse<byte[]> json = fetch("requests.json?service_request_id=" + id);
		assertThat(new String(json.body(), StandardCharsets.UTF_8)).startsWith("[{").contains("\"service_request_id\":\"" + id + "\"");

		HttpResponse<byte[]> refused = send("requests.json", Map.of("service_code", "FEEDBACK", "locale", "en"));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(new String(refused.body(), StandardCharsets.UTF_8)).contains("\"code\":403");
	}

	/** The XML module serves Open311 alone: the platform's own API still answers a browser in JSON. */
	@Test
	void thePlatformApiStillAnswersJson() throws Exception {
		mvc.perform(get("/api/v1/feedback/topics")
			.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
			.with(user(accounts.loadUserByUsername("tiepnhan.tttt"))))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
	}
}
