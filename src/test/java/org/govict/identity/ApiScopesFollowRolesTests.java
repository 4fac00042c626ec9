package org.govict.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.govict.identity.internal.AccountDetailsService;
import org.govict.identity.internal.ApiTokens;
import org.govict.support.Demo;
import org.govict.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The account page offers a token only the scopes the user's roles allow and refuses a forged one at the field,
 * in the user's language; system administrators see every token and revoke any, on the audit trail.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ApiScopesFollowRolesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountDetailsService accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	long tokensNamed(String name) {
		return jdbc.sql("SELECT count(*) FROM api_tokens WHERE name = ?").param(name).query(Long.class).single();
	}

	@Test
	void staffAreOfferedTheOpen311KeyButNotThePersonnelOrIntakeScopes() throws Exception {
		GovIctUser staff = accounts.loadUserByUsername(Demo.MINISTRY_STAFF);
		mvc.perform(get("/account").with(user(staff)).header("Accept-Language", "vi"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"open311:submit\"")))
			.andExpect(content().string(not(containsString("value=\"personnel:read\""))))
			.andExpect(content().string(not(containsString("value=\"personnel:write\""))))
			.andExpect(content().string(not(containsString("value=\"feedback:intake\""))));

		GovIctUser partner = accounts.loadUserByUsername(Demo.PARTNER_SYSTEM);
		mvc.perform(get("/account").with(user(partner)))
			.andExpect(content().string(containsString("value=\"feedback:intake\"")))
			.andExpect(content().string(not(containsString("value=\"personnel:read\""))));

		GovIctUser national = accounts.loadUserByUsername("tochuc.bnv");
		mvc.perform(get("/account").with(user(national)))
			.andExpect(content().string(containsString("value=\"personnel:read\"")))
			.andExpect(content().string(containsString("value=\"personnel:write\"")))
			.andExpect(content().string(not(containsString("value=\"feedback:intake\""))));
	}

	@Test
	void aForgedScopeTheRolesDoNotAllowIsRefusedAtTheFieldInTheUsersLanguage() throws Exception {
		GovIctUser staff = accounts.loadUserByUsername(Demo.MINISTRY_STAFF);
		mvc.perform(post("/account/tokens").with(csrf()).with(user(staff)).header("Accept-Language", "vi")
			.param("name", "Giả mạo phạm vi").param("days", "30").param("scopes", "personnel:write"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("tokenForm", "scopes", "account.token.scopeNotAllowed"))
			.andExpect(content().string(
					containsString("Vai trò của bạn không cho phép cấp phạm vi personnel:write cho mã truy cập.")));
		mvc.perform(post("/account/tokens").with(csrf()).with(user(staff)).header("Accept-Language", "en")
			.param("name", "Giả mạo phạm vi").param("days", "30").param("scopes", "open311:submit")
			.param("scopes", "feedback:intake"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your roles do not allow a token with the scope feedback:intake.")));
		assertThat(tokensNamed("Giả mạo phạm vi")).isZero();

		mvc.perform(post("/account/tokens").with(csrf()).with(user(staff))
			.param("name", "Ứng dụng phản ánh của Phòng CSDL").param("days", "30").param("scopes", "open311:submit"))
			.andExpect(status().is3xxRedirection());
		assertThat(tokensNamed("Ứng dụng phản ánh của Phòng CSDL")).isEqualTo(1);

		GovIctUser officer = accounts.loadUserByUsername(Demo.MINISTRY_FEEDBACK_OFFICER);
		mvc.perform(post("/account/tokens").with(csrf()).with(user(officer))
			.param("name", "Nhập hồ sơ từ thư điện tử").param("days", "30").param("scopes", "feedback:intake"))
			.andExpect(status().is3xxRedirection());
		assertThat(tokensNamed("Nhập hồ sơ từ thư điện tử")).isEqualTo(1);
	}

	@Test
	void aSystemAdministratorSeesEveryTokenAndRevokesAnApplicationsKey() throws Exception {
		long owner = jdbc.sql("SELECT id FROM users WHERE username = ?").param(Demo.DANANG_STAFF)
			.query(Long.class)
			.single();
		ApiTokens.IssuedToken key = tokens.issue(owner, "Ứng dụng Đà Nẵng bị lộ khóa",
				Instant.now().plus(30, ChronoUnit.DAYS), List.of("open311:submit"));
		assertThat(tokens.use(key.secret())).isPresent();

		GovIctUser admin = accounts.loadUserByUsername(Demo.ADMIN);
		mvc.perform(get("/users/tokens").with(user(admin)).header("Accept-Language", "vi"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ứng dụng Đà Nẵng bị lộ khóa")))
			.andExpect(content().string(containsString(Demo.DANANG_STAFF)))
			.andExpect(content().string(containsString("/users/tokens/" + key.id() + "/revoke")));
		GovIctUser unitAdmin = accounts.loadUserByUsername(Demo.DANANG_UNIT_ADMIN);
		mvc.perform(get("/users/tokens").with(user(unitAdmin))).andExpect(status().isForbidden());
		mvc.perform(post("/users/tokens/{id}/revoke", key.id()).with(csrf()).with(user(unitAdmin)))
			.andExpect(status().isForbidden());
		assertThat(tokens.use(key.secret())).isPresent();

		mvc.perform(post("/users/tokens/{id}/revoke", key.id()).with(csrf()).with(user(admin)))
			.andExpect(status().is3xxRedirection());
		assertThat(tokens.use(key.secret())).isEmpty();
		assertThat(jdbc.sql("""
				SELECT count(*) FROM audit_entries
				 WHERE module = 'identity' AND action = 'REVOKE' AND record_type = 'ApiToken' AND record_id = ?""")
			.param(String.valueOf(key.id()))
			.query(Long.class)
			.single()).isEqualTo(1);
	}
}
