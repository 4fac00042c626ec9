package org.govict.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.imageio.ImageIO;
import javax.sql.DataSource;

import com.sun.net.httpserver.HttpServer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.govict.identity.GovIctUser;
import org.govict.identity.internal.AccountDetailsService;
import org.govict.identity.internal.ApiTokens;
import org.govict.personnel.PersonnelExchange.ChangesPage;
import org.govict.personnel.PersonnelExchange.ExchangedChange;
import org.govict.personnel.internal.ConsentEntries.ConsentEntry;
import org.govict.platform.security.DataScope;
import org.govict.platform.security.Roles;
import org.govict.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data exchange and the record's attachments against the real database: token scopes, scope isolation of the
 * pull API, a feed that never skips a late commit, idempotent batch sync, signed webhooks with retry, scanned
 * documents checked by content, custom fields and consents.
 */
@IntegrationTest
@AutoConfigureMockMvc
class PersonnelExchangeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PersonnelRegistry registry;

	@Autowired
	PersonnelExchange exchange;

	@Autowired
	ExchangeSubscriptions subscriptions;

	@Autowired
	PersonnelDocuments documents;

	@Autowired
	PersonnelFields fields;

	@Autowired
	PersonnelConsents consents;

	@Autowired
	AccountDetailsService accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	JsonMapper json;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	void signIn(String username) {
		signIn(accounts.loadUserByUsername(username));
	}

	void signIn(UserDetails user) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	long unit(String code) {
		return jdbc.sql("SELECT id FROM organisation_units WHERE code = ?").param(code).query(Long.class).single();
	}

	String unitPath(String code) {
		return jdbc.sql("SELECT path FROM organisation_units WHERE code = ?").param(code).query(String.class).single();
	}

	Map<String, Object> person(String id, String name, String unitCode) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("full_name", name);
		fields.put("id_number", id);
		fields.put("sex", "F");
		fields.put("birth_date", "14/03/1990");
		fields.put("unit_id", String.valueOf(unit(unitCode)));
		return fields;
	}

	String token(String username, List<String> scopes) {
		long userId = jdbc.sql("SELECT id FROM users WHERE username = ?").param(username).query(Long.class).single();
		return tokens.issue(userId, "test", Instant.now().plus(1, ChronoUnit.DAYS), scopes).secret();
	}

	// ---- Token scopes ----

	@Test
	void aTokenWithoutTheReadScopeIsRefusedAndOneWithItReads() throws Exception {
		String unscoped = token("tochuc.danang", List.of());
		mvc.perform(get("/api/v1/personnel/exchange/records").header("Authorization", "Bearer " + unscoped)
			.header("Accept-Language", "en"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value("The API token does not carry the scope this API requires."));
		String writeOnly = token("tochuc.danang", List.of(PersonnelExchange.WRITE_SCOPE));
		mvc.perform(get("/api/v1/personnel/exchange/changes").header("Authorization", "Bearer " + writeOnly))
			.andExpect(status().isForbidden());
		String reader = token("tochuc.danang", List.of(PersonnelExchange.READ_SCOPE));
		mvc.perform(get("/api/v1/personnel/exchange/records").header("Authorization", "Bearer " + reader))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.records").isArray());
		mvc.perform(post("/api/v1/personnel/exchange/records/batch").header("Authorization", "Bearer " + reader)
			.contentType(MediaType.APPLICATION_JSON)
			.content("[]")).andExpect(status().isForbidden());
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/personnel/exchange/changes'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/personnel/exchange/records/batch'].post").exists());
	}

	@Test
	void theAccountPageMakesATokenWithTheChosenScopes() throws Exception {
		UserDetails officer = accounts.loadUserByUsername("tochuc.danang");
		mvc.perform(get("/account").with(user(officer)).header("Accept-Language", "vi"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("value=\"personnel:write\"")));
		mvc.perform(post("/account/tokens").with(user(officer)).with(csrf()).param("name", "Hệ thống Sở Nội vụ 77")
			.param("days", "30").param("scopes", PersonnelExchange.READ_SCOPE))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("SELECT array_to_string(scopes, ',') FROM api_tokens WHERE name = 'Hệ thống Sở Nội vụ 77'")
			.query(String.class).single()).isEqualTo(PersonnelExchange.READ_SCOPE);
		mvc.perform(post("/account/tokens").with(user(officer)).with(csrf()).param("name", "Sai phạm vi 77")
			.param("days", "30").param("scopes", "everything:admin"))
			.andExpect(status().isOk());
		assertThat(jdbc.sql("SELECT count(*) FROM api_tokens WHERE name = 'Sai phạm vi 77'").query(Long.class).single())
			.isZero();
	}

	@Test
	void aProvincialSystemSyncsThroughTheApiAndPullsTheChangeBack() throws Exception {
		String system = token("tochuc.danang",
				List.of(PersonnelExchange.READ_SCOPE, PersonnelExchange.WRITE_SCOPE));
		signIn("tochuc.danang");
		String since = endOfFeed();
		SecurityContextHolder.clearContext();
		mvc.perform(post("/api/v1/personnel/exchange/records/batch").header("Authorization", "Bearer " + system)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					[{"id_number": "048190077801", "full_name": "Mai Thị Hệ Thống", "sex": "F",
					  "birth_date": "09/09/1990", "unit_code": "DNG-SKHCN-VP", "rank_code": "01.003",
					  "salary_step": 1, "salary_since": "01/01/2024"}]"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.results[0].outcome").value("CREATED"));
		mvc.perform(get("/api/v1/personnel/exchange/changes").param("since", since)
			.header("Authorization", "Bearer " + system))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.changes[?(@.idNumber == '048190077801')].kind").value("SYNCED"))
			.andExpect(jsonPath("$.changes[?(@.idNumber == '048190077801')].fields.salary_grade").value("A1"));
		mvc.perform(get("/api/v1/personnel/exchange/changes").param("since", "not-a-cursor")
			.header("Authorization", "Bearer " + system)).andExpect(status().isBadRequest());
	}

	@Test
	void recordsAsOfADateAreEachRecordsChangesFoldedToThatDay() {
		signIn("tochuc.danang");
		Map<String, Object> fields = person("048190077901", "Lý Thị Ngày Cũ", "DNG-SKHCN-CNTT");
		fields.put("rank_code", "01.003");
		fields.put("salary_step", "2");
		fields.put("salary_since", "01/06/2021");
		PersonnelRecord record = registry.register(fields, ChangeDetails.of(ChangeKind.REGISTERED,
				LocalDate.of(2021, 6, 1)));
		registry.change(record.id(), null, Map.of("salary_step", "3", "salary_since", "01/06/2024"),
				ChangeDetails.of(ChangeKind.SALARY_CHANGED, LocalDate.of(2024, 6, 1)));

		var then = exchange.recordsAsOf(LocalDate.of(2023, 1, 1), record.id() - 1, 1).records();
		assertThat(then).singleElement().satisfies(r -> assertThat(r.fields().get("salary_step")).isEqualTo(2L));
		var now = exchange.records(record.id() - 1, 1).records();
		assertThat(now).singleElement().satisfies(r -> assertThat(r.fields().get("salary_step")).isEqualTo(3L));
		assertThat(exchange.recordsAsOf(LocalDate.of(2020, 1, 1), record.id() - 1, 1).records()).isEmpty();
	}

	// ---- Scope isolation ----

	@Test
	void aDaNangCallerNeverReceivesMinistryRecordsOrChanges() throws Exception {
		String danang = unitPath("DNG");
		assertThat(jdbc.sql("SELECT count(*) FROM personnel_records WHERE unit_path NOT LIKE ?").param(danang + "%")
			.query(Long.class).single()).isPositive();
		String reader = token("tochuc.danang", List.of(PersonnelExchange.READ_SCOPE));

		List<Long> seen = new ArrayList<>();
		Long after = 0L;
		while (after != null) {
			JsonNode page = json.readTree(mvc.perform(get("/api/v1/personnel/exchange/records")
				.param("after", after.toString()).param("limit", "7").header("Authorization", "Bearer " + reader))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
			page.get("records").forEach(r -> seen.add(r.get("id").asLong()));
			after = page.hasNonNull("nextAfter") ? page.get("nextAfter").asLong() : null;
		}
		assertThat(seen).isNotEmpty().doesNotHaveDuplicates();
		assertThat(seen).allSatisfy(id -> assertThat(pathOf(id)).startsWith(danang));
		assertThat(seen).hasSize(jdbc.sql("SELECT count(*) FROM personnel_records WHERE unit_path LIKE ?")
			.param(danang + "%").query(Long.class).single().intValue());

		List<Long> changed = new ArrayList<>();
		String cursor = "";
		for (int i = 0; i < 1000; i++) {
			JsonNode page = json.readTree(mvc.perform(get("/api/v1/personnel/exchange/changes")
				.param("since", cursor).param("limit", "50").header("Authorization", "Bearer " + reader))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
			page.get("changes").forEach(c -> changed.add(c.get("recordId").asLong()));
			String next = page.get("nextCursor").asString();
			if (next.equals(cursor)) {
				break;
			}
			cursor = next;
		}
		assertThat(changed).isNotEmpty();
		assertThat(changed).allSatisfy(id -> assertThat(pathOf(id)).startsWith(danang));

		JsonNode asOf = json.readTree(mvc.perform(get("/api/v1/personnel/exchange/records").param("asOf", "2020-01-01")
			.param("limit", "1000").header("Authorization", "Bearer " + reader))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		asOf.get("records").forEach(r -> assertThat(pathOf(r.get("id").asLong())).startsWith(danang));
	}

	String pathOf(long recordId) {
		return jdbc.sql("SELECT unit_path FROM personnel_records WHERE id = ?").param(recordId).query(String.class)
			.single();
	}

	// ---- The cursor ----

	@Test
	void theCursorNeverSkipsAChangeWhoseTransactionCommitsLate() throws Exception {
		signIn("tochuc.danang");
		PersonnelRecord record = registry.register(person("048190077701", "Đỗ Thị Con Trỏ", "DNG-SKHCN-CNTT"),
				ChangeDetails.of(ChangeKind.REGISTERED));
		signIn("admin");
		String cursor = endOfFeed();
		String insert = """
				INSERT INTO personnel_record_changes (record_id, kind, effective_on, recorded_by, changes)
				VALUES (?, 'SYNCED', current_date, 'test', '{}') RETURNING id""";
		try (Connection early = dataSource.getConnection(); Connection late = dataSource.getConnection()) {
			early.setAutoCommit(false);
			late.setAutoCommit(false);
			long earlyId = insertChange(early, insert, record.id());
			long lateId = insertChange(late, insert, record.id());
			assertThat(lateId).isGreaterThan(earlyId);
			late.commit();

			ChangesPage whileEarlyRuns = exchange.changes(cursor, 100);
			assertThat(whileEarlyRuns.changes()).extracting(ExchangedChange::changeId).doesNotContain(earlyId, lateId);

			early.commit();
			List<Long> after = new ArrayList<>();
			String next = whileEarlyRuns.nextCursor();
			for (int i = 0; i < 100; i++) {
				ChangesPage page = exchange.changes(next, 100);
				page.changes().forEach(c -> after.add(c.changeId()));
				if (page.nextCursor().equals(next)) {
					break;
				}
				next = page.nextCursor();
			}
			assertThat(after).contains(earlyId, lateId);
			assertThat(after.indexOf(earlyId)).isLessThan(after.indexOf(lateId));
		}
	}

	private static long insertChange(Connection connection, String sql, long recordId) throws Exception {
		try (var statement = connection.prepareStatement(sql)) {
			statement.setLong(1, recordId);
			try (var rs = statement.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	private String endOfFeed() {
		String cursor = "";
		for (int i = 0; i < 1000; i++) {
			String next = exchange.changes(cursor, 1000).nextCursor();
			if (next.equals(cursor)) {
				return cursor;
			}
			cursor = next;
		}
		return cursor;
	}

	// ---- Batch sync ----

	@Test
	void aBatchSentTwiceChangesNothingTheSecondTimeAndRefusalsSayWhy() throws Exception {
		UserDetails officer = accounts.loadUserByUsername("tochuc.danang");
		String batch = """
				[{"id_number": "048190077201", "full_name": "Phan Thị Đồng Bộ", "sex": "F", "birth_date": "02/01/1990",
				  "unit_code": "DNG-SKHCN-CNTT", "phone": "0905000001"},
				 {"id_number": "048190077202", "full_name": "Lê Thị Lô", "sex": "F", "birth_date": "1990-05-06",
				  "unit_code": "DNG-SKHCN-VP"},
				 {"id_number": "048190077203", "full_name": "Ngày Sai", "sex": "F", "birth_date": "31/02/1990",
				  "unit_code": "DNG-SKHCN-VP"},
				 {"id_number": "048190077204", "full_name": "Ngoài Phạm Vi", "sex": "F", "birth_date": "01/01/1990",
				  "unit_code": "BNV-TTTT"}]""";
		mvc.perform(post("/api/v1/personnel/exchange/records/batch").with(user(officer)).with(csrf())
			.header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content(batch))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(2))
			.andExpect(jsonPath("$.refused").value(2))
			.andExpect(jsonPath("$.results[0].outcome").value("CREATED"))
			.andExpect(jsonPath("$.results[1].outcome").value("CREATED"))
			.andExpect(jsonPath("$.results[2].outcome").value("REFUSED"))
			.andExpect(jsonPath("$.results[2].errors[0].field").value("birth_date"))
			.andExpect(jsonPath("$.results[3].outcome").value("REFUSED"))
			.andExpect(jsonPath("$.results[3].errors[0].message").value("The unit is outside the units you manage."));
		long changes = jdbc.sql("SELECT count(*) FROM personnel_record_changes").query(Long.class).single();

		mvc.perform(post("/api/v1/personnel/exchange/records/batch").with(user(officer)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(batch))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unchanged").value(2))
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.updated").value(0))
			.andExpect(jsonPath("$.results[2].errors[0].message").value(org.hamcrest.Matchers.not(
					org.hamcrest.Matchers.emptyString())));
		assertThat(jdbc.sql("SELECT count(*) FROM personnel_record_changes").query(Long.class).single())
			.isEqualTo(changes);

		String changed = batch.replace("0905000001", "0905000002");
		String first = mvc.perform(post("/api/v1/personnel/exchange/records/batch").with(user(officer)).with(csrf())
			.header("Idempotency-Key", "sync-77-1").contentType(MediaType.APPLICATION_JSON).content(changed))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.updated").value(1))
			.andReturn().getResponse().getContentAsString();
		String repeated = mvc.perform(post("/api/v1/personnel/exchange/records/batch").with(user(officer))
			.with(csrf()).header("Idempotency-Key", "sync-77-1").contentType(MediaType.APPLICATION_JSON)
			.content(changed)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(json.readTree(repeated)).isEqualTo(json.readTree(first));
		mvc.perform(post("/api/v1/personnel/exchange/records/batch").with(user(officer)).with(csrf())
			.header("Idempotency-Key", "sync-77-1").contentType(MediaType.APPLICATION_JSON).content(batch))
			.andExpect(status().isConflict());
	}

	// ---- Webhooks ----

	record Received(String delivery, String signature, String body, int answered) {
	}

	@Test
	void aWebhookIsSignedAndSentAgainAfterAFailure() throws Exception {
		List<Received> received = new CopyOnWriteArrayList<>();
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/hook", exchange -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			int status = received.isEmpty() ? 500 : 200;
			received.add(new Received(exchange.getRequestHeaders().getFirst("X-GovICT-Delivery"),
					exchange.getRequestHeaders().getFirst("X-GovICT-Signature"), body, status));
			exchange.sendResponseHeaders(status, -1);
			exchange.close();
		});
		server.start();
		signIn("admin");
		ExchangeSubscriptions.Created created = subscriptions.subscribe("Sở Nội vụ test",
				"http://localhost:" + server.getAddress().getPort() + "/hook", unit("DNG-SKHCN"));
		try {
			assertThat(created.secret()).startsWith("whsec_");
			RecordRefused insecure = catchThrowableOfType(RecordRefused.class,
					() -> subscriptions.subscribe("Plain", "http://example.org/hook", unit("DNG-SKHCN")));
			assertThat(insecure.refusals()).extracting(FieldRefusal::field).containsExactly("url");

			signIn("tochuc.danang");
			registry.register(person("048190077301", "Võ Thị Webhook", "DNG-SKHCN-CNTT"),
					ChangeDetails.of(ChangeKind.REGISTERED));
			SecurityContextHolder.clearContext();

			awaitRequests(received, 1);
			assertThat(received.get(0).answered()).isEqualTo(500);
			jdbc.sql("UPDATE personnel_subscriptions SET next_attempt_at = now() WHERE id = ?")
				.param(created.subscription().id()).update();
			awaitRequests(received, 2);

			Received retry = received.get(1);
			assertThat(retry.answered()).isEqualTo(200);
			assertThat(retry.delivery()).isEqualTo(received.get(0).delivery());
			assertThat(retry.body()).isEqualTo(received.get(0).body()).contains("048190077301");
			assertThat(retry.signature()).isEqualTo("sha256=" + ExchangeSubscriptions.sign(retry.body(), created.secret()));
			assertThat(jdbc.sql("SELECT delivered_at IS NOT NULL FROM personnel_deliveries WHERE id = ?")
				.param(Long.parseLong(retry.delivery())).query(Boolean.class).single()).isTrue();
			assertThat(jdbc.sql("SELECT failing_since IS NULL FROM personnel_subscriptions WHERE id = ?")
				.param(created.subscription().id()).query(Boolean.class).single()).isTrue();
		}
		finally {
			signIn("admin");
			subscriptions.deactivate(created.subscription().id());
			server.stop(0);
		}
	}

	private void awaitRequests(List<Received> received, int count) throws InterruptedException {
		for (int i = 0; i < 100 && received.size() < count; i++) {
			subscriptions.deliverDue();
			if (received.size() < count) {
				Thread.sleep(100);
			}
		}
		assertThat(received).hasSizeGreaterThanOrEqualTo(count);
	}

	// ---- Documents ----

	@Test
	void documentsAreCheckedByContentAndSize() throws Exception {
		signIn("tochuc.danang");
		PersonnelRecord record = registry.register(person("048190077501", "Hà Thị Văn Bằng", "DNG-SKHCN-CNTT"),
				ChangeDetails.of(ChangeKind.REGISTERED));
		RecordRefused renamed = catchThrowableOfType(RecordRefused.class, () -> documents.upload(record.id(),
				new PersonnelDocuments.Upload(DocumentKind.DIPLOMA, "Bằng", null, "bang.pdf",
						"Đây là tệp văn bản".getBytes(StandardCharsets.UTF_8))));
		assertThat(renamed.refusals()).extracting(r -> r.refusal().messageKey())
			.containsExactly("personnel.document.type");
		RecordRefused fakePdf = catchThrowableOfType(RecordRefused.class, () -> documents.upload(record.id(),
				new PersonnelDocuments.Upload(DocumentKind.DIPLOMA, "Bằng", null, "bang.pdf",
						"%PDF-1.7 not really".getBytes(StandardCharsets.US_ASCII))));
		assertThat(fakePdf.refusals()).extracting(r -> r.refusal().messageKey())
			.containsExactly("personnel.document.type");
		byte[] huge = new byte[(int) documents.maxSizeBytes() + 1];
		System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, huge, 0, 5);
		RecordRefused tooLarge = catchThrowableOfType(RecordRefused.class, () -> documents.upload(record.id(),
				new PersonnelDocuments.Upload(DocumentKind.DIPLOMA, "Bằng", null, "bang.pdf", huge)));
		assertThat(tooLarge.refusals()).extracting(r -> r.refusal().messageKey())
			.containsExactly("personnel.document.tooLarge");

		byte[] pdf = pdf();
		var stored = documents.upload(record.id(),
				new PersonnelDocuments.Upload(DocumentKind.DECISION, "Quyết định tuyển dụng", null, "../qd.txt", pdf));
		assertThat(stored.contentType()).isEqualTo("application/pdf");
		assertThat(stored.fileName()).isEqualTo("qd.pdf");
		RecordRefused twice = catchThrowableOfType(RecordRefused.class, () -> documents.upload(record.id(),
				new PersonnelDocuments.Upload(DocumentKind.DECISION, "Lần hai", null, "qd.pdf", pdf)));
		assertThat(twice.refusals()).extracting(r -> r.refusal().messageKey())
			.containsExactly("personnel.document.duplicate");
		assertThat(documents.upload(record.id(), new PersonnelDocuments.Upload(DocumentKind.CERTIFICATE, "Ảnh",
				null, "anh.png", png())).contentType()).isEqualTo("image/png");

		UserDetails officer = accounts.loadUserByUsername("tochuc.danang");
		byte[] downloaded = mvc.perform(get("/api/v1/personnel/records/{id}/documents/{doc}", record.id(), stored.id())
			.with(user(officer))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(downloaded).isEqualTo(pdf);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entries WHERE record_type = 'PersonnelDocument' AND action = 'VIEW' AND record_id = ?")
			.param(String.valueOf(stored.id())).query(Long.class).single()).isEqualTo(1);

		signIn("lanhdao.tttt");
		assertThat(catchThrowableOfType(AccessDeniedException.class, () -> documents.upload(record.id(),
				new PersonnelDocuments.Upload(DocumentKind.OTHER, "x", null, "x.png", png())))).isNotNull();
	}

	@Test
	void thePortraitPhotoIsAPictureShownOnTheRecordAndPrintedOnTheResume() throws Exception {
		signIn("tochuc.danang");
		PersonnelRecord record = registry.register(person("048190077511", "Lương Thị Chân Dung", "DNG-SKHCN-CNTT"),
				ChangeDetails.of(ChangeKind.REGISTERED));
		UserDetails officer = accounts.loadUserByUsername("tochuc.danang");
		mvc.perform(get("/personnel/records/{id}/photo", record.id()).with(user(officer)))
			.andExpect(status().isNotFound());
		byte[] blank = mvc.perform(get("/personnel/records/{id}/resume.pdf", record.id()).with(user(officer)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(images(blank)).isZero();

		signIn("tochuc.danang");
		RecordRefused notAPicture = catchThrowableOfType(RecordRefused.class, () -> documents.upload(record.id(),
				new PersonnelDocuments.Upload(DocumentKind.PHOTO, "Ảnh 4x6", null, "anh.pdf", pdf())));
		assertThat(notAPicture.refusals()).extracting(r -> r.refusal().messageKey())
			.containsExactly("personnel.document.photo.type");
		byte[] png = png();
		documents.upload(record.id(), new PersonnelDocuments.Upload(DocumentKind.PHOTO, "Ảnh 4x6", null, "anh.png", png));

		mvc.perform(get("/personnel/records/{id}/photo", record.id()).with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/png"))
			.andExpect(content().bytes(png));
		mvc.perform(get("/personnel/records/{id}", record.id()).with(user(officer)).param("lang", "vi"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("alt=\"Ảnh của Lương Thị Chân Dung\"")));
		byte[] resume = mvc.perform(get("/personnel/records/{id}/resume.pdf", record.id()).with(user(officer)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(images(resume)).isEqualTo(1);

		// Out of scope, the photo is as hidden as the record.
		mvc.perform(get("/personnel/records/{id}/photo", record.id())
			.with(user(accounts.loadUserByUsername("chuyenvien.csdl")))).andExpect(status().isForbidden());
	}

	static int images(byte[] pdf) throws Exception {
		try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			int images = 0;
			for (PDPage page : document.getPages()) {
				for (var name : page.getResources().getXObjectNames()) {
					if (page.getResources().isImageXObject(name)) {
						images++;
					}
				}
			}
			return images;
		}
	}

	static byte[] pdf() throws Exception {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			document.save(out);
			return out.toByteArray();
		}
	}

	static byte[] png() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}

	// ---- Custom fields ----

	@Test
	void aCustomFieldAddedByAnAdministratorCanBeSetThroughTheRegistry() throws Exception {
		signIn("admin");
		var added = fields.add(new PersonnelFields.CustomFieldForm("Hình thức làm việc từ xa", "Remote work",
				DataGroup.POSITION, FieldType.CHOICE, "Toàn thời gian, bán thời gian; không", false));
		String key = added.field().key();
		assertThat(key).isEqualTo("x_hinh_thuc_lam_viec_tu_xa");
		assertThat(added.field().options()).containsExactly("TOAN_THOI_GIAN", "BAN_THOI_GIAN", "KHONG");
		assertThat(registry.schema().field(key)).isPresent();

		signIn("tochuc.danang");
		PersonnelRecord record = registry.register(person("048190077601", "Trần Thị Tùy Biến", "DNG-SKHCN-CNTT"),
				ChangeDetails.of(ChangeKind.REGISTERED));
		RecordRefused wrong = catchThrowableOfType(RecordRefused.class, () -> registry.change(record.id(), null,
				Map.of(key, "thỉnh thoảng"), ChangeDetails.of(ChangeKind.UPDATED)));
		assertThat(wrong.refusals()).extracting(r -> r.refusal().messageKey()).containsExactly("personnel.value.choice");
		registry.change(record.id(), null, Map.of(key, "ban_thoi_gian"), ChangeDetails.of(ChangeKind.UPDATED));
		assertThat(registry.get(record.id()).state().get(key)).isEqualTo("BAN_THOI_GIAN");
		// The record reads the words the administrator typed, not the code.
		mvc.perform(get("/personnel/records/{id}", record.id())
			.with(user(accounts.loadUserByUsername("tochuc.danang"))).param("lang", "vi"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("bán thời gian")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(">BAN_THOI_GIAN<"))));
		signIn("admin");
		assertThat(fields.optionLabels(key)).containsEntry("TOAN_THOI_GIAN", "Toàn thời gian")
			.containsEntry("BAN_THOI_GIAN", "bán thời gian");

		fields.setActive(key, false);
		assertThat(registry.schema().field(key)).isEmpty();
		assertThat(jdbc.sql("SELECT data ->> ? FROM personnel_records WHERE id = ?").params(key, record.id())
			.query(String.class).single()).isEqualTo("BAN_THOI_GIAN");
		signIn("tochuc.danang");
		assertThat(catchThrowableOfType(AccessDeniedException.class, () -> fields.setActive(key, true))).isNotNull();
	}

	// ---- Consents ----

	/** An HR officer of the ministry (BNV) who was granted Da Nang's tree, without the national role. */
	GovIctUser ministryOfficerGrantedDanang() {
		long home = unit("BNV-TTTT");
		return new GovIctUser(-77L, "tochuc.thu", "x", "Cán bộ thử", home, true, false,
				Set.of(PersonnelRegistry.HR_OFFICER, Roles.STAFF), new DataScope(home, Set.of(unit("DNG")), false),
				false);
	}

	@Test
	void anotherAgencyReadsARecordOnlyWhileThePersonConsents() throws Exception {
		signIn("tochuc.danang");
		PersonnelRecord record = registry.register(person("048190077401", "Nguyễn Thị Đồng Ý", "DNG-SKHCN-CNTT"),
				ChangeDetails.of(ChangeKind.REGISTERED));
		GovIctUser reader = ministryOfficerGrantedDanang();

		signIn(reader);
		AccessDeniedException denied = catchThrowableOfType(AccessDeniedException.class, () -> registry.get(record.id()));
		assertThat(denied.getMessage()).isEqualTo("personnel.access.consentNeeded");
		assertThat(exchange.records(record.id() - 1, 1).records()).extracting(r -> r.id()).doesNotContain(record.id());
		mvc.perform(get("/personnel/records/{id}/documents", record.id()).with(user(reader))
			.header("Accept-Language", "en"))
			.andExpect(status().isForbidden())
			// The error page shows the message this refusal names (see the browser test).
			.andExpect(request().attribute("refusalReason", "personnel.access.consentNeeded"));
		mvc.perform(get("/api/v1/personnel/records/{id}/documents", record.id()).with(user(reader))
			.header("Accept-Language", "en"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value("Your agency needs this person's consent to see the record."));

		signIn("tochuc.danang");
		ConsentEntry consent = consents.record(record.id(), new PersonnelConsents.ConsentForm(unit("BNV"),
				"Quy hoạch cán bộ", LocalDate.now().minusDays(1), null));
		signIn(reader);
		assertThat(registry.get(record.id()).fullName()).isEqualTo("Nguyễn Thị Đồng Ý");
		assertThat(exchange.records(record.id() - 1, 1).records()).extracting(r -> r.id()).contains(record.id());

		signIn("tochuc.danang");
		consents.withdraw(record.id(), consent.id(), LocalDate.now());
		signIn(reader);
		assertThat(catchThrowableOfType(AccessDeniedException.class, () -> registry.get(record.id()))).isNotNull();
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entries WHERE record_type = 'PersonnelConsent'")
			.query(Long.class).single()).isGreaterThanOrEqualTo(2);
	}
}
