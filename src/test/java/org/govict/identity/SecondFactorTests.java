package org.govict.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import jakarta.servlet.http.Cookie;

import org.govict.identity.internal.TotpCodes;
import org.govict.identity.internal.UserAccounts;
import org.govict.support.Demo;
import org.govict.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** With a second factor, the password alone opens nothing: a correct code from the app finishes the sign-in. */
@IntegrationTest
@AutoConfigureMockMvc
class SecondFactorTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	TotpCodes codes;

	long auditor() {
		return accounts.findByUsername(Demo.AUDITOR).orElseThrow().id();
	}

	@AfterEach
	void removeTheSecondFactor() {
		accounts.setTotp(auditor(), null, false);
	}

	@Test
	void thePasswordAloneOpensNothingUntilTheCodeIsRight() throws Exception {
		String secret = codes.newSecret();
		accounts.setTotp(auditor(), secret, true);

		// Sessions live in the database (Spring Session): the cookie names the session, as in a browser.
		Cookie session = mvc.perform(formLogin().user(Demo.AUDITOR).password(Demo.AUDITOR))
			.andExpect(redirectedUrl("/login/second-factor"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");

		mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login/second-factor"));
		mvc.perform(get("/api/v1/units").cookie(session)).andExpect(status().isUnauthorized());
		mvc.perform(post("/login/second-factor").cookie(session).with(csrf()).param("code", "000000"))
			.andExpect(status().isOk())
			.andExpect(model().attribute("codeError", true));
		mvc.perform(post("/login/second-factor").cookie(session)
			.with(csrf())
			.param("code", codes.codeAt(secret, Instant.now()))).andExpect(redirectedUrl("/"));
		mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
	}

	@Test
	void codesFromTheNeighbouringTimeStepsAreAcceptedButNotOlderOnes() {
		String secret = codes.newSecret();
		Instant now = Instant.now();
		org.assertj.core.api.Assertions.assertThat(codes.verify(secret, codes.codeAt(secret, now.minusSeconds(30)), now))
			.isTrue();
		org.assertj.core.api.Assertions.assertThat(codes.verify(secret, codes.codeAt(secret, now.minusSeconds(120)), now))
			.isFalse();
		org.assertj.core.api.Assertions.assertThat(codes.verify(secret, "12345", now)).isFalse();
	}
}
