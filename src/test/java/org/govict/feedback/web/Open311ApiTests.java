package org.govict.feedback.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.govict.feedback.FeedbackSettings;
import org.govict.identity.internal.ApiTokens;
import org.govict.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open311 GeoReport v2 against the real database: every endpoint in JSON and XML, the api_key, a request
 * submitted and then read by its id and its token, and nothing about the sender in what anyone may read.
 */
@IntegrationTest
@AutoConfigureMockMvc
class Open311ApiTests {

	private static final AtomicInteger CLIENTS = new AtomicInteger();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RateLimits limits;

	@Autowired
	FeedbackSettings settings;

	/** Each test comes from an address of its own, so that the rate limits of one do not stop another. */
	private static RequestPostProcessor client() {
		String address = "10.31.1." + CLIENTS.incrementAndGet();
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private String key(String username, List<String> scopes) {
		long userId = jdbc.sql("SELECT id FROM users WHERE username = ?").param(username).query(Long.class).single();
		return tokens.issue(userId, "open311 test", Instant.now().plus(1, ChronoUnit.DAYS), scopes).secret();
	}

	private MockHttpServletRequestBuilder submission(String path, String description) {
		return post(path).contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("service_code", "FEEDBACK-TELECOM")
			.param("first_name", "Nguyễn Thị")
			.param("last_name", "Hoà")
			.param("email", "hoa.open311@example.vn")
			.param("phone", "0905123456")
			.param("description", description)
			.param("address_string", "12 Trần Phú, Hải Châu")
			.param("lat", "16.0678")
			.param("long", "108.2208");
	}

	@Test
	void servicesAreTheKindsAloneAndWithEachTopicInJsonAndXml() throws Exception {
		mvc.perform(get("/open311/v2/services.json").param("locale", "en").with(client()))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$[?(@.service_code == 'COMPLAINT')].service_name").value("Complaint"))
			.andExpect(jsonPath("$[?(@.service_code == 'FEEDBACK-TELECOM')].service_name")
				.value("Feedback or recommendation: Telecommunications and Internet"))
			.andExpect(jsonPath("$[?(@.service_code == 'FEEDBACK-TELECOM')].group").value("Feedback or recommendation"))
			.andExpect(jsonPath("$[0].metadata").value(true))
			.andExpect(jsonPath("$[0].type").value("realtime"));
		mvc.perform(get("/open311/v2/services.xml").header("Accept-Language", "vi").with(client()))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_XML))
			.andExpect(xpath("/services/service[service_code='COMPLAINT']/service_name").string("Khiếu nại"))
			.andExpect(xpath("/services/service[service_code='DENUNCIATION-POSTAL']/service_name")
				.string("Tố cáo: Bưu chính"));
	}

	@Test
	void aServiceDefinitionSaysWhatAComplaintMustCarry() throws Exception {
		mvc.perform(get("/open311/v2/services/COMPLAINT-TELECOM.json").param("locale", "en").with(client()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.service_code").value("COMPLAINT-TELECOM"))
			.andExpect(jsonPath("$.attributes[?(@.code == 'sender_id_number')].required").value(true))
			.andExpect(jsonPath("$.attributes[?(@.code == 'sender_type')].values[0].key").value("INDIVIDUAL"));
		mvc.perform(get("/open311/v2/services/FEEDBACK.xml").param("locale", "en").with(client()))
			.andExpect(status().isOk())
			.andExpect(xpath("/service_definition/service_code").string("FEEDBACK"))
			.andExpect(xpath("/service_definition/attributes/attribute[code='sender_id_number']/required")
				.string("false"))
			.andExpect(xpath("/service_definition/attributes/attribute[code='sender_type']/values/value[1]/name")
				.string("Individual"));
		mvc.perform(get("/open311/v2/services/PARKING.json").param("locale", "en").with(client()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$[0].code").value(404))
			.andExpect(jsonPath("$[0].description").value("There is no service with this service_code."));
		mvc.perform(get("/open311/v2/services/PARKING.xml").header("Accept-Language", "vi").with(client()))
			.andExpect(status().isNotFound())
			.andExpect(xpath("/errors/error/code").string("404"))
			.andExpect(xpath("/errors/error/description").string("Không có dịch vụ với service_code này."));
	}

	@Test
	void submittingTakesAnApiKeyWithTheOpen311Scope() throws Exception {
		mvc.perform(submission("/open311/v2/requests.json", "Không có khóa").param("locale", "en").with(client()))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$[0].code").value(403))
			.andExpect(jsonPath("$[0].description")
				.value("A valid api_key carrying the open311:submit scope is required to submit a request."));
		mvc.perform(submission("/open311/v2/requests.xml", "Khóa sai").param("api_key", "gov_not-a-real-key")
			.header("Accept-Language", "vi")
			.with(client()))
			.andExpect(status().isForbidden())
			.andExpect(xpath("/errors/error/code").string("403"))
			.andExpect(xpath("/errors/error/description")
				.string("Cần api_key hợp lệ mang phạm vi open311:submit để gửi yêu cầu."));
		String unscoped = key("tiepnhan.tttt", List.of());
		mvc.perform(submission("/open311/v2/requests.json", "Khóa không có phạm vi").param("api_key", unscoped)
			.with(client())).andExpect(status().isForbidden());
		assertThat(jdbc.sql("SELECT count(*) FROM feedback_cases WHERE content LIKE 'Khóa%' OR content LIKE 'Không có khóa%'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aKeyThatSubmittedItsLimitIsAnswered429FromAnyAddressInJsonAndXml() throws Exception {
		String busy = key("chuyenvien.danang", List.of("open311:submit"));
		// What the key's application sent in the window so far, from its users' many addresses.
		for (int i = 0; i < settings.open311KeyLimit(); i++) {
			limits.allow(RateLimits.Action.KEY_SUBMIT, RateLimits.keyOf(busy));
		}
		mvc.perform(submission("/open311/v2/requests.json", "Quá giới hạn của khóa").param("api_key", busy)
			.param("locale", "en")
			.with(client()))
			.andExpect(status().isTooManyRequests())
			.andExpect(jsonPath("$[0].code").value(429))
			.andExpect(jsonPath("$[0].description")
				.value("This api_key has sent too many requests in a short time. Please try again in a few minutes."));
		mvc.perform(submission("/open311/v2/requests.xml", "Quá giới hạn của khóa").param("api_key", busy)
			.header("Accept-Language", "vi")
			.with(client()))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_XML))
			.andExpect(xpath("/errors/error/code").string("429"))
			.andExpect(xpath("/errors/error/description")
				.string("api_key này đã gửi quá nhiều yêu cầu trong thời gian ngắn. Vui lòng thử lại sau ít phút."));
		assertThat(jdbc.sql("SELECT count(*) FROM feedback_cases WHERE content LIKE 'Quá giới hạn của khóa%'")
			.query(Long.class)
			.single()).isZero();

		// Another application's key is counted on its own.
		String other = key("chuyenvien.danang", List.of("open311:submit"));
		mvc.perform(submission("/open311/v2/requests.json", "Khóa khác vẫn gửi được " + UUID.randomUUID())
			.param("api_key", other)
			.with(client()))
			.andExpect(status().isCreated());
	}

	@Test
	void aRequestIsSubmittedAndThenReadByItsIdAndItsTokenWithoutTheSender() throws Exception {
		String key = key("tiepnhan.tttt", List.of("open311:submit"));
		String description = "Cáp quang đứt trước nhà số 12 từ sáng nay " + UUID.randomUUID();
		String created = mvc.perform(submission("/open311/v2/requests.json", description).param("api_key", key)
			.param("locale", "en")
			.with(client()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$[0].service_request_id").isNotEmpty())
			.andExpect(jsonPath("$[0].token").isNotEmpty())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		JsonNode receipt = JSON.readTree(created).get(0);
		String id = receipt.get("service_request_id").asString();
		String token = receipt.get("token").asString();

		// The case went through the public intake: online, on the topic, with the location in its content.
		assertThat(jdbc.sql("""
				SELECT channel || ' ' || kind || ' ' || topic_code || ' ' || sender_name || ' ' || status
				  FROM feedback_cases WHERE tracking_code = ?""").param(id).query(String.class).single())
			.isEqualTo("ONLINE FEEDBACK TELECOM Nguyễn Thị Hoà RECEIVED");
		assertThat(jdbc.sql("SELECT content FROM feedback_cases WHERE tracking_code = ?").param(id)
			.query(String.class).single()).contains(description, "12 Trần Phú, Hải Châu (16.0678, 108.2208)");
		assertThat(jdbc.sql("SELECT submitted_by FROM feedback_open311_requests r JOIN feedback_cases c ON c.id = r.case_id WHERE c.tracking_code = ?")
			.param(id).query(String.class).single()).isEqualTo("tiepnhan.tttt");

		String byId = mvc.perform(get("/open311/v2/requests/" + id + ".json").param("locale", "en").with(client()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].service_request_id").value(id))
			.andExpect(jsonPath("$[0].status").value("open"))
			.andExpect(jsonPath("$[0].status_notes").value("Received"))
			.andExpect(jsonPath("$[0].service_code").value("FEEDBACK-TELECOM"))
			.andExpect(jsonPath("$[0].agency_responsible").isNotEmpty())
			.andExpect(jsonPath("$[0].requested_datetime").value(org.hamcrest.Matchers.endsWith("+07:00")))
			.andExpect(jsonPath("$[0].expected_datetime").value(org.hamcrest.Matchers.endsWith("T23:59:59+07:00")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String byIdXml = mvc.perform(get("/open311/v2/requests/" + id + ".xml").with(client()))
			.andExpect(status().isOk())
			.andExpect(xpath("/service_requests/request/service_request_id").string(id))
			.andExpect(xpath("/service_requests/request/status").string("open"))
			.andExpect(xpath("/service_requests/request/status_notes").string("Đã tiếp nhận"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		mvc.perform(get("/open311/v2/tokens/" + token + ".json").with(client()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].service_request_id").value(id))
			.andExpect(jsonPath("$[0].token").value(token));
		mvc.perform(get("/open311/v2/tokens/" + token + ".xml").with(client()))
			.andExpect(status().isOk())
			.andExpect(xpath("/service_requests/request/service_request_id").string(id));
		String listed = mvc.perform(get("/open311/v2/requests.json").param("service_request_id", "NOPE-1," + id)
			.with(client()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].service_request_id").value(id))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		mvc.perform(get("/open311/v2/requests.xml").param("service_code", "FEEDBACK-TELECOM")
			.param("status", "open")
			.with(client()))
			.andExpect(status().isOk())
			.andExpect(xpath("/service_requests/request[service_request_id='%s']/status", id).string("open"));
		mvc.perform(get("/open311/v2/requests.json").param("service_code", "FEEDBACK-TELECOM")
			.param("status", "closed")
			.with(client()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.service_request_id == '%s')]", id).isEmpty());

		for (String answer : List.of(byId, byIdXml, listed)) {
			assertThat(answer).doesNotContain("Hoà", "hoa.open311", "0905123456", "Trần Phú", "Cáp quang", "16.0678");
		}
	}

	@Test
	void aDenunciationIsNeverListed() throws Exception {
		String key = key("tiepnhan.tttt", List.of("open311:submit"));
		String created = mvc.perform(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("api_key", key)
			.param("service_code", "DENUNCIATION")
			.param("first_name", "Trần Văn Tố")
			.param("email", "to.open311@example.vn")
			.param("description", "Tố cáo hành vi sai phạm " + UUID.randomUUID())
			.param("attribute[sender_id_number]", "048190004321")
			.param("attribute[sender_address]", "5 Lê Lợi, Đà Nẵng")
			.with(client()))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String id = JSON.readTree(created).get(0).get("service_request_id").asString();
		mvc.perform(get("/open311/v2/requests.json").param("service_request_id", id).with(client()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));
		mvc.perform(get("/open311/v2/requests.json").param("service_code", "DENUNCIATION").with(client()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));
		mvc.perform(get("/open311/v2/requests/" + id + ".json").with(client()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].description").doesNotExist())
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Tố cáo hành vi"))));
	}

	@Test
	void badInputIsNamedByItsOpen311Parameter() throws Exception {
		String key = key("tiepnhan.tttt", List.of("open311:submit"));
		mvc.perform(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("api_key", key)
			.param("locale", "en")
			.param("service_code", "COMPLAINT")
			.param("first_name", "Lê Khiếu")
			.param("description", "Khiếu nại không có địa chỉ")
			.with(client()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[*].code").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is(400))))
			.andExpect(jsonPath("$[*].description").value(hasItem(startsWith("email: "))))
			.andExpect(jsonPath("$[*].description")
				.value(hasItem("attribute[sender_id_number]: A personal ID number has 12 digits.")))
			.andExpect(jsonPath("$[*].description").value(hasItem(startsWith("attribute[sender_address]: "))));
		mvc.perform(post("/open311/v2/requests.xml").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("api_key", key)
			.param("service_code", "FEEDBACK-NO_SUCH_TOPIC")
			.with(client()))
			.andExpect(status().isBadRequest())
			.andExpect(xpath("/errors/error/description").string("Không có dịch vụ với service_code này."));
		mvc.perform(get("/open311/v2/requests.json").param("start_date", "yesterday").with(client()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].code").value(400));
		mvc.perform(get("/open311/v2/requests/260101-ZZZZZZ.json").param("locale", "en").with(client()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$[0].description").value("There is no request with this service_request_id."));
		mvc.perform(get("/open311/v2/requests.csv").with(client())).andExpect(status().isNotFound());
	}

	@Test
	void lookUpsAreRateLimitedLikeThePublicForm() throws Exception {
		RequestPostProcessor one = client();
		for (int i = 0; i < 60; i++) {
			mvc.perform(get("/open311/v2/tokens/none.json").with(one)).andExpect(status().isNotFound());
		}
		mvc.perform(get("/open311/v2/tokens/none.json").with(one))
			.andExpect(status().isTooManyRequests())
			.andExpect(jsonPath("$[0].code").value(429));
	}

	@Test
	void aPublishedAnswerGivesTheDescriptionAndAnAnsweredCaseIsClosed() throws Exception {
		String key = key("tiepnhan.tttt", List.of("open311:submit"));
		String created = mvc.perform(submission("/open311/v2/requests.json", "Sóng yếu ở tổ 5 " + UUID.randomUUID())
			.param("api_key", key)
			.param("attribute[publish_consent]", "true")
			.with(client()))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String id = JSON.readTree(created).get(0).get("service_request_id").asString();
		mvc.perform(get("/open311/v2/requests/" + id + ".json").with(client()))
			.andExpect(jsonPath("$[0].description").doesNotExist());
		// What sending the answer does to a case whose sender agreed: the copy without personal data is published.
		jdbc.sql("""
				UPDATE feedback_cases SET status = 'ANSWERED', published_content = 'Sóng yếu ở tổ […]',
				       published_at = now() WHERE tracking_code = ?""").param(id).update();
		mvc.perform(get("/open311/v2/requests/" + id + ".json").param("locale", "en").with(client()))
			.andExpect(jsonPath("$[0].status").value("closed"))
			.andExpect(jsonPath("$[0].status_notes").value("Answered"))
			.andExpect(jsonPath("$[0].description").value("Sóng yếu ở tổ […]"))
			.andExpect(jsonPath("$[0].expected_datetime").doesNotExist());
	}

	@Test
	void withoutAnExtensionTheAcceptHeaderChoosesTheFormat() throws Exception {
		mvc.perform(get("/open311/v2/services").accept(MediaType.APPLICATION_XML).with(client()))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_XML))
			.andExpect(xpath("/services/service[1]/service_code").string("FEEDBACK"));
		mvc.perform(get("/open311/v2/services").with(client()))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
	}

	@Test
	void theEndpointsAreInTheOpenApiDocument() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/open311/v2/requests.{extension}'].post").exists())
			.andExpect(jsonPath("$.paths['/open311/v2/tokens/{file}'].get").exists());
	}
}
