package org.govict.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.govict.identity.internal.AccountDetailsService;
import org.govict.support.Demo;
import org.govict.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A personal API token authenticates as its owner, within the owner's scope, until it is revoked. */
@IntegrationTest
@AutoConfigureMockMvc
class ApiTokenTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountDetailsService accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aTokenActsAsItsOwnerUntilRevoked() throws Exception {
		GovIctUser owner = accounts.loadUserByUsername(Demo.DANANG_UNIT_ADMIN);
		String secret = (String) mvc
			.perform(post("/account/tokens").with(csrf()).with(user(owner)).param("name", "Đồng bộ").param("days", "30"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getFlashMap()
			.get("issuedToken");
		assertThat(secret).startsWith("gov_");
		assertThat(jdbc.sql("SELECT token_hash FROM api_tokens WHERE user_id = ?").param(owner.userId())
			.query(String.class).list()).doesNotContain(secret);

		long danang = jdbc.sql("SELECT id FROM organisation_units WHERE code = 'DNG-SKHCN'").query(Long.class).single();
		long ministry = jdbc.sql("SELECT id FROM organisation_units WHERE code = 'BNV'").query(Long.class).single();
		mvc.perform(get("/api/v1/units/{id}", danang).header("Authorization", "Bearer " + secret))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value("DNG-SKHCN"));
		mvc.perform(get("/api/v1/units/{id}", ministry).header("Authorization", "Bearer " + secret))
			.andExpect(status().isNotFound());

		long tokenId = jdbc.sql("SELECT id FROM api_tokens WHERE user_id = ? AND name = 'Đồng bộ'")
			.param(owner.userId())
			.query(Long.class)
			.single();
		mvc.perform(post("/account/tokens/{id}/revoke", tokenId).with(csrf()).with(user(owner)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/units/{id}", danang).header("Authorization", "Bearer " + secret))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aWeakNewPasswordIsRefusedWithTheReason() throws Exception {
		GovIctUser user = accounts.loadUserByUsername(Demo.MINISTRY_STAFF);
		mvc.perform(post("/account/password").with(csrf())
			.with(user(user))
			.param("current", Demo.MINISTRY_STAFF)
			.param("password", "short1")
			.param("confirmation", "short1"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("passwordForm", "password", "identity.password.tooShort"));
		mvc.perform(post("/account/password").with(csrf())
			.with(user(user))
			.param("current", "wrong")
			.param("password", "Mot-mat-khau-2026")
			.param("confirmation", "Mot-mat-khau-2026"))
			.andExpect(model().attributeHasFieldErrorCode("passwordForm", "current", "account.password.wrongCurrent"));
	}
}
