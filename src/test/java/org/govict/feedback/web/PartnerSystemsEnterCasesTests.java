package org.govict.feedback.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.govict.feedback.CaseHandling;
import org.govict.identity.internal.ApiTokens;
import org.govict.identity.internal.UserAccounts;
import org.govict.support.Demo;
import org.govict.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Other systems (the 1022 hotline, the public-service portal) forward cases to the desk with a token that carries
 * feedback:intake: they may enter cases, with the channel SYSTEM, and read none; the scope lapses while the
 * account holds no role that allows it.
 */
@IntegrationTest
@AutoConfigureMockMvc
class PartnerSystemsEnterCasesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokens tokens;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	long userId(String username) {
		return jdbc.sql("SELECT id FROM users WHERE username = ?").param(username).query(Long.class).single();
	}

	String token(String username, List<String> scopes) {
		return "Bearer " + tokens.issue(userId(username), "Tổng đài 1022", Instant.now().plus(1, ChronoUnit.DAYS),
				scopes).secret();
	}

	String intake(String channel, String title) {
		long unit = jdbc.sql("SELECT id FROM organisation_units WHERE code = 'BNV-TTTT'").query(Long.class).single();
		return """
				{"channel":"%s","submission":{"senderType":"INDIVIDUAL","senderName":"Đỗ Văn Gọi",
				"senderPhone":"0905111022","kind":"FEEDBACK","title":"%s",
				"content":"Người dân gọi tổng đài 1022 báo cột đèn nghiêng sắp đổ.","receivingUnitId":%d}}"""
			.formatted(channel, title, unit);
	}

	String channelOf(String title) {
		return jdbc.sql("SELECT channel FROM feedback_cases WHERE title = ?").param(title).query(String.class).single();
	}

	@Test
	void aPartnerSystemEntersACaseWithTheChannelSystemAndReadsNothing() throws Exception {
		String partner = token(Demo.PARTNER_SYSTEM, List.of(CaseHandling.INTAKE_SCOPE));

		String body = mvc.perform(post("/api/v1/feedback/cases").header("Authorization", partner)
			.contentType(MediaType.APPLICATION_JSON)
			.content(intake("SYSTEM", "Cột đèn nghiêng, tổng đài 1022 chuyển")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.trackingCode").isString())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(channelOf("Cột đèn nghiêng, tổng đài 1022 chuyển")).isEqualTo("SYSTEM");
		long caseId = jdbc.sql("SELECT id FROM feedback_cases WHERE title = 'Cột đèn nghiêng, tổng đài 1022 chuyển'")
			.query(Long.class)
			.single();
		assertThat(body).doesNotContain("Đỗ Văn Gọi");

		mvc.perform(multipart("/api/v1/feedback/cases")
			.file(new MockMultipartFile("intake", "", MediaType.APPLICATION_JSON_VALUE,
					intake("SYSTEM", "Cột đèn nghiêng, có tệp kèm").getBytes(StandardCharsets.UTF_8)))
			.header("Authorization", partner))
			.andExpect(status().isCreated());
		assertThat(channelOf("Cột đèn nghiêng, có tệp kèm")).isEqualTo("SYSTEM");

		mvc.perform(get("/api/v1/feedback/cases").header("Authorization", partner)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/feedback/cases/{id}", caseId).header("Authorization", partner))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/feedback/cases/{id}/history", caseId).header("Authorization", partner))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/feedback/cases/{id}/work", caseId).header("Authorization", partner)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"note\":\"x\"}")).andExpect(status().isForbidden());
	}

	@Test
	void aPartnerTokenWithoutTheScopeEntersNothing() throws Exception {
		String unscoped = token(Demo.PARTNER_SYSTEM, List.of());
		mvc.perform(post("/api/v1/feedback/cases").header("Authorization", unscoped)
			.contentType(MediaType.APPLICATION_JSON)
			.content(intake("SYSTEM", "Không có phạm vi tiếp nhận")))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("SELECT count(*) FROM feedback_cases WHERE title = 'Không có phạm vi tiếp nhận'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aFeedbackOfficersTokenStillEntersWhatCameByPhone() throws Exception {
		String officer = token(Demo.MINISTRY_FEEDBACK_OFFICER, List.of());
		mvc.perform(post("/api/v1/feedback/cases").header("Authorization", officer)
			.contentType(MediaType.APPLICATION_JSON)
			.content(intake("PHONE", "Cán bộ nhập cuộc gọi")))
			.andExpect(status().isCreated());
		assertThat(channelOf("Cán bộ nhập cuộc gọi")).isEqualTo("PHONE");
	}

	@Test
	void theScopeLapsesWhileTheAccountHoldsNoRoleThatAllowsItAndComesBackWithTheRole() throws Exception {
		long user = partnerAccount("he-thong.cong-dvc");
		String token = token("he-thong.cong-dvc", List.of(CaseHandling.INTAKE_SCOPE));
		mvc.perform(post("/api/v1/feedback/cases").header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(intake("SYSTEM", "Cổng dịch vụ công chuyển lần 1")))
			.andExpect(status().isCreated());

		// As the users page changes roles: the sign-ins kept for the account's tokens are forgotten with it.
		accounts.replaceRoles(user, List.of());
		mvc.perform(post("/api/v1/feedback/cases").header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(intake("SYSTEM", "Cổng dịch vụ công chuyển lần 2")))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("SELECT count(*) FROM api_tokens WHERE user_id = ? AND revoked_at IS NULL")
			.param(user)
			.query(Long.class)
			.single()).as("the token is kept").isEqualTo(1);

		accounts.replaceRoles(user, List.of(CaseHandling.PARTNER_SYSTEM));
		mvc.perform(post("/api/v1/feedback/cases").header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(intake("SYSTEM", "Cổng dịch vụ công chuyển lần 3")))
			.andExpect(status().isCreated());
	}

	/** A partner account of this test's own, at the Information Center's desk, so that no demo account changes. */
	long partnerAccount(String username) {
		long unit = jdbc.sql("SELECT id FROM organisation_units WHERE code = 'BNV-TTTT'").query(Long.class).single();
		long id = jdbc.sql("""
				INSERT INTO users (username, full_name, unit_id, password_hash)
				VALUES (?, 'Cổng dịch vụ công quốc gia', ?, '{noop}-') RETURNING id""")
			.params(username, unit)
			.query(Long.class)
			.single();
		jdbc.sql("INSERT INTO user_roles (user_id, role_code) VALUES (?, ?)").params(id, CaseHandling.PARTNER_SYSTEM)
			.update();
		return id;
	}
}
