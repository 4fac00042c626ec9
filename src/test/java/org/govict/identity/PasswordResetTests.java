package org.govict.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govict.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** A forgotten password is reset through a single-use link sent by e-mail (kept in the outbox in the demo). */
@IntegrationTest
@AutoConfigureMockMvc
class PasswordResetTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	long mails() {
		return jdbc.sql("SELECT count(*) FROM outgoing_mail").query(Long.class).single();
	}

	@Test
	void anUnknownAccountGetsTheSameAnswerAndNoMail() throws Exception {
		long before = mails();
		mvc.perform(post("/password-reset").with(csrf()).param("login", "khong.ton.tai"))
			.andExpect(redirectedUrl("/login"))
			.andExpect(flash().attribute("flashMessage", "reset.sent"));
		assertThat(mails()).isEqualTo(before);
	}

	@Test
	void theLinkSetsANewPasswordOnceAndOnlyUnderThePolicy() throws Exception {
		// The demo leader's password comes back afterwards: other tests sign in with it.
		String demoHash = jdbc.sql("SELECT password_hash FROM users WHERE username = 'lanhdao.tttt'")
			.query(String.class)
			.single();
		try {
			resetTheLeadersPassword();
		}
		finally {
			jdbc.sql("UPDATE users SET password_hash = ? WHERE username = 'lanhdao.tttt'").param(demoHash).update();
		}
	}

	private void resetTheLeadersPassword() throws Exception {
		mvc.perform(post("/password-reset").with(csrf()).param("login", "lanhdao.tttt@demo.govict.vn"))
			.andExpect(flash().attribute("flashMessage", "reset.sent"));
		String body = jdbc.sql("SELECT body FROM outgoing_mail WHERE recipient = ? ORDER BY id DESC LIMIT 1")
			.param("lanhdao.tttt@demo.govict.vn")
			.query(String.class)
			.single();
		Matcher link = Pattern.compile("/password-reset/([A-Za-z0-9_-]+)").matcher(body);
		assertThat(link.find()).as("a reset link in: " + body).isTrue();
		String secret = link.group(1);

		mvc.perform(get("/password-reset/{s}", secret)).andExpect(status().isOk())
			.andExpect(model().attributeDoesNotExist("invalidLink"));
		mvc.perform(post("/password-reset/{s}", secret).with(csrf()).param("password", "ngan1").param("confirmation", "ngan1"))
			.andExpect(model().attributeExists("passwordErrors"));
		mvc.perform(post("/password-reset/{s}", secret).with(csrf())
			.param("password", "Lanh-dao-moi-2026")
			.param("confirmation", "Lanh-dao-moi-2026")).andExpect(redirectedUrl("/login"));

		String hash = jdbc.sql("SELECT password_hash FROM users WHERE username = 'lanhdao.tttt'").query(String.class).single();
		assertThat(passwords.matches("Lanh-dao-moi-2026", hash)).isTrue();
		mvc.perform(get("/password-reset/{s}", secret)).andExpect(model().attribute("invalidLink", true));
	}
}
