package org.govict.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

import java.util.Set;

import org.govict.platform.security.Roles;
import org.govict.platform.security.SystemAccess;
import org.govict.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Signing in: wrong passwords are counted, and the fifth locks the account for a while. */
@IntegrationTest
@AutoConfigureMockMvc
class SignInTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAdministration users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() throws Exception {
		long unit = jdbc.sql("SELECT id FROM organisation_units WHERE code = 'BNV-VP'").query(Long.class).single();
		SystemAccess.run(() -> users.open(new NewUser("thu.khoa", "Nguyễn Thử Khóa", "thu.khoa@demo.govict.vn", null, unit,
				Set.of(Roles.STAFF), Set.of()), "Mat-khau-dung-2026", false));

		mvc.perform(formLogin().user("thu.khoa").password("Mat-khau-dung-2026")).andExpect(redirectedUrl("/"));
		for (int attempt = 1; attempt <= 5; attempt++) {
			mvc.perform(formLogin().user("thu.khoa").password("sai-" + attempt))
				.andExpect(redirectedUrlPattern("/login?error=bad*"));
		}
		mvc.perform(formLogin().user("thu.khoa").password("Mat-khau-dung-2026"))
			.andExpect(redirectedUrlPattern("/login?error=locked*"));
		mvc.perform(get("/login").param("error", "locked"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Tài khoản tạm khóa")));

		assertThat(jdbc.sql("""
				SELECT action FROM audit_entries WHERE record_type = 'User'
				   AND record_id = (SELECT id::text FROM users WHERE username = 'thu.khoa') ORDER BY id""")
			.query(String.class)
			.list()).containsSubsequence("CREATE", "LOGIN", "LOGIN_FAILED", "LOCK");
	}

	@Test
	void theSignInPageSpeaksVietnameseFirst() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Đăng nhập GovICT")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("lang=\"vi\"")));
		mvc.perform(get("/login").header("Accept-Language", "en"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Sign in to GovICT")));
	}
}
