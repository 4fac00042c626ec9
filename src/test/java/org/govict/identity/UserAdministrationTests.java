package org.govict.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.govict.identity.internal.AccountDetailsService;
import org.govict.support.Demo;
import org.govict.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** Administrators manage accounts within their scope, by page and API; everything they change is audited. */
@IntegrationTest
@AutoConfigureMockMvc
class UserAdministrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountDetailsService accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	GovIctUser as(String username) {
		return accounts.loadUserByUsername(username);
	}

	long unit(String code) {
		return jdbc.sql("SELECT id FROM organisation_units WHERE code = ?").param(code).query(Long.class).single();
	}

	long userId(String username) {
		return jdbc.sql("SELECT id FROM users WHERE username = ?").param(username).query(Long.class).single();
	}

	long userCount() {
		return jdbc.sql("SELECT count(*) FROM users").query(Long.class).single();
	}

	/** The ids of the accounts outside Da Nang's Department of Science and Technology. */
	List<Long> usersOutsideDaNang() {
		return jdbc.sql("""
				SELECT u.id FROM users u JOIN organisation_units ou ON ou.id = u.unit_id
				 WHERE ou.path NOT LIKE (SELECT path FROM organisation_units WHERE code = 'DNG-SKHCN') || '%'""")
			.query(Long.class)
			.list();
	}

	@Test
	void anAdministratorOpensAnAccountThatCanSignIn() throws Exception {
		mvc.perform(post("/users/new").with(csrf())
			.with(user(as(Demo.ADMIN)))
			.param("username", "tran.van.moi")
			.param("fullName", "Trần Văn Mới")
			.param("email", "tran.van.moi@danang.gov.vn")
			.param("phone", "0236 3822 000")
			.param("unitId", String.valueOf(unit("DNG-SKHCN-CNTT")))
			.param("roles", "STAFF", "LEADER")
			.param("enabled", "true")
			.param("password", "Cong-nghe-2026"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashMessage", "users.created"));
		long id = userId("tran.van.moi");
		String hash = jdbc.sql("SELECT password_hash FROM users WHERE id = ?").param(id).query(String.class).single();
		assertThat(passwords.matches("Cong-nghe-2026", hash)).isTrue();
		GovIctUser created = as("tran.van.moi");
		assertThat(created.roles()).containsExactlyInAnyOrder("STAFF", "LEADER");
		assertThat(created.isEnabled()).isTrue();
		assertThat(jdbc.sql("SELECT demo_password FROM users WHERE id = ?").param(id).query(Boolean.class).single())
			.isFalse();
		String audited = jdbc.sql("""
				SELECT after_state FROM audit_entries
				 WHERE action = 'CREATE' AND record_type = 'User' AND record_id = ?""")
			.param(String.valueOf(id))
			.query(String.class)
			.single();
		assertThat(audited).contains("tran.van.moi").doesNotContain(hash).doesNotContain("Cong-nghe-2026");
	}

	@Test
	void aTakenUsernameABadEmailAndAWeakPasswordAreEachMarkedAndNothingIsSaved() throws Exception {
		long before = userCount();
		mvc.perform(post("/users/new").with(csrf())
			.with(user(as(Demo.ADMIN)))
			.param("username", "ADMIN")
			.param("fullName", "Người trùng tên")
			.param("email", "khong-phai-thu-dien-tu")
			.param("unitId", String.valueOf(unit("BNV-TTTT")))
			.param("roles", "STAFF")
			.param("password", "ngan1"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("userForm", "username", "identity.usernameTaken"))
			.andExpect(model().attributeHasFieldErrorCode("userForm", "email", "Email"))
			.andExpect(model().attributeHasFieldErrorCode("userForm", "password", "identity.password.tooShort"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Tên đăng nhập đã được dùng.")));
		mvc.perform(post("/users/new").with(csrf())
			.with(user(as(Demo.ADMIN)))
			.param("username", "Có Dấu")
			.param("fullName", "")
			.param("email", "admin@demo.govict.vn")
			.param("unitId", String.valueOf(unit("BNV-TTTT")))
			.param("password", "Mat-khau-dai-2026"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("userForm", "username", "users.username.pattern"))
			.andExpect(model().attributeHasFieldErrorCode("userForm", "fullName", "NotBlank"))
			.andExpect(model().attributeHasFieldErrorCode("userForm", "email", "users.emailTaken"));
		mvc.perform(post("/api/v1/users").with(csrf())
			.with(user(as(Demo.ADMIN)))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username":"api.weak","fullName":"Api Weak","email":"not-an-email","unitId":%d,
					 "roles":["STAFF"],"password":"weak"}""".formatted(unit("BNV-TTTT"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Invalid input"))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("email")));
		mvc.perform(post("/api/v1/users").with(csrf())
			.with(user(as(Demo.ADMIN)))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username":"api.weak","fullName":"Api Weak","email":"api.weak@demo.govict.vn","unitId":%d,
					 "roles":["STAFF"],"password":"weak"}""".formatted(unit("BNV-TTTT"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(everyItem(org.hamcrest.Matchers.is("password"))));
		assertThat(userCount()).isEqualTo(before);
	}

	@Test
	void aDaNangAdministratorSeesOnlyDaNangAccounts() throws Exception {
		GovIctUser danang = as(Demo.DANANG_UNIT_ADMIN);
		mvc.perform(get("/api/v1/users").param("size", "500").with(user(danang)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].username").value(hasItem(Demo.DANANG_STAFF)))
			.andExpect(jsonPath("$.content[*].username").value(not(hasItem(Demo.ADMIN))))
			.andExpect(jsonPath("$.content[*].id").value(everyItem(not(in(usersOutsideDaNang().stream()
				.map(Long::intValue)
				.toList())))));
		mvc.perform(get("/users").with(user(danang)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Võ Thị Mai")))
			.andExpect(content().string(not(org.hamcrest.Matchers.containsString("Lê Minh Đức"))));
		mvc.perform(get("/users").param("q", "le minh duc").with(user(as(Demo.ADMIN))))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Lê Minh Đức")));
		mvc.perform(get("/api/v1/users").param("unitId", String.valueOf(unit("BNV"))).with(user(danang)))
			.andExpect(jsonPath("$.totalElements").value(0));

		List<Long> ministry = usersOutsideDaNang();
		assertThat(ministry).isNotEmpty();
		for (long id : ministry) {
			mvc.perform(get("/users/{id}", id).with(user(danang))).andExpect(status().isNotFound());
			mvc.perform(get("/users/{id}/edit", id).with(user(danang))).andExpect(status().isNotFound());
			mvc.perform(get("/api/v1/users/{id}", id).with(user(danang)))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
			mvc.perform(post("/users/{id}/disable", id).with(csrf()).with(user(danang)))
				.andExpect(status().isNotFound());
		}
		assertThat(jdbc.sql("SELECT count(*) FROM users WHERE id = ANY(CAST(? AS bigint[])) AND NOT enabled")
			.param(ministry.toArray(Long[]::new))
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aUnitAdministratorCannotGrantSystemAdministrator() throws Exception {
		GovIctUser danang = as(Demo.DANANG_UNIT_ADMIN);
		long staff = userId(Demo.DANANG_STAFF);
		int version = jdbc.sql("SELECT version FROM users WHERE id = ?").param(staff).query(Integer.class).single();
		mvc.perform(post("/users/{id}/edit", staff).with(csrf())
			.with(user(danang))
			.param("fullName", "Võ Thị Mai")
			.param("email", "chuyenvien.danang@demo.govict.vn")
			.param("unitId", String.valueOf(unit("DNG-SKHCN-CNTT")))
			.param("roles", "STAFF", "SYSTEM_ADMIN")
			.param("enabled", "true")
			.param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("userForm", "roles", "users.role.notGrantable"));
		mvc.perform(post("/api/v1/users").with(csrf())
			.with(user(danang))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username":"danang.sieuquantri","fullName":"Siêu quản trị","email":"sqt@danang.gov.vn",
					 "unitId":%d,"roles":["SYSTEM_ADMIN"],"password":"Mat-khau-dai-2026"}"""
				.formatted(unit("DNG-SKHCN"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("roles"));
		assertThat(as(Demo.DANANG_STAFF).roles()).containsExactly("STAFF");
		assertThat(jdbc.sql("SELECT count(*) FROM users WHERE username = 'danang.sieuquantri'")
			.query(Long.class)
			.single()).isZero();
		mvc.perform(post("/api/v1/users").with(csrf())
			.with(user(danang))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username":"danang.ngoai","fullName":"Ngoài phạm vi","email":"ngoai@danang.gov.vn",
					 "unitId":%d,"roles":["STAFF"],"grantedUnitIds":[%d],"password":"Mat-khau-dai-2026"}"""
				.formatted(unit("BNV-TTTT"), unit("BNV"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("unitId", "grantedUnitIds")));
	}

	@Test
	void staffMayNotAdministerUsers() throws Exception {
		GovIctUser staff = as(Demo.DANANG_STAFF);
		mvc.perform(get("/users").with(user(staff))).andExpect(status().isForbidden());
		mvc.perform(get("/users/{id}", userId(Demo.DANANG_STAFF)).with(user(staff))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/users").with(user(staff))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/roles").with(user(staff))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/roles").with(user(as(Demo.DANANG_UNIT_ADMIN)))).andExpect(status().isForbidden());
	}

	@Test
	void unlockingClearsTheLockOut() throws Exception {
		long staff = userId(Demo.DANANG_STAFF);
		jdbc.sql("UPDATE users SET failed_logins = 5, locked_until = now() + interval '1 hour' WHERE id = ?")
			.param(staff)
			.update();
		assertThat(as(Demo.DANANG_STAFF).isAccountNonLocked()).isFalse();
		mvc.perform(post("/users/{id}/unlock", staff).with(csrf()).with(user(as(Demo.DANANG_UNIT_ADMIN))))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("SELECT locked_until IS NULL AND failed_logins = 0 FROM users WHERE id = ?")
			.param(staff)
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(as(Demo.DANANG_STAFF).isAccountNonLocked()).isTrue();
	}

	@Test
	void viewingAnAccountIsAudited() throws Exception {
		long staff = userId(Demo.DANANG_STAFF);
		String count = "SELECT count(*) FROM audit_entries WHERE action = 'VIEW' AND record_type = 'User' AND record_id = ?";
		long before = jdbc.sql(count).param(String.valueOf(staff)).query(Long.class).single();
		mvc.perform(get("/users/{id}", staff).with(user(as(Demo.DANANG_UNIT_ADMIN))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Võ Thị Mai")));
		assertThat(jdbc.sql(count).param(String.valueOf(staff)).query(Long.class).single()).isEqualTo(before + 1);
		assertThat(jdbc.sql("""
				SELECT actor FROM audit_entries WHERE action = 'VIEW' AND record_type = 'User' AND record_id = ?
				 ORDER BY id DESC LIMIT 1""").param(String.valueOf(staff)).query(String.class).single())
			.isEqualTo(Demo.DANANG_UNIT_ADMIN);
	}

	@Test
	void anAdministratorCannotDisableThemselvesButCanDisableOthers() throws Exception {
		GovIctUser danang = as(Demo.DANANG_UNIT_ADMIN);
		mvc.perform(post("/users/{id}/disable", danang.userId()).with(csrf()).with(user(danang)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashError", "users.rule.cannotDisableSelf"));
		assertThat(as(Demo.DANANG_UNIT_ADMIN).isEnabled()).isTrue();

		mvc.perform(post("/api/v1/users").with(csrf())
			.with(user(danang))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username":"danang.tamthoi","fullName":"Tạm thời","email":"tamthoi@danang.gov.vn",
					 "unitId":%d,"roles":["STAFF"],"password":"Mat-khau-dai-2026"}""".formatted(unit("DNG-SKHCN-VP"))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.username").value("danang.tamthoi"))
			.andExpect(jsonPath("$.passwordHash").doesNotExist());
		long temporary = userId("danang.tamthoi");
		mvc.perform(post("/users/{id}/disable", temporary).with(csrf()).with(user(danang)))
			.andExpect(flash().attribute("flashMessage", "users.disabled"));
		assertThat(as("danang.tamthoi").isEnabled()).isFalse();
	}

	@Test
	void theApiAnswersWhoIsCalling() throws Exception {
		mvc.perform(get("/api/v1/me").with(user(as(Demo.DANANG_UNIT_ADMIN))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(Demo.DANANG_UNIT_ADMIN))
			.andExpect(jsonPath("$.fullName").value("Đặng Văn Nam"))
			.andExpect(jsonPath("$.unitId").value((int) unit("DNG-SKHCN")))
			.andExpect(jsonPath("$.roles").value(containsInAnyOrder("UNIT_ADMIN", "STAFF")))
			.andExpect(jsonPath("$.scope.unrestricted").value(false))
			.andExpect(jsonPath("$.scope.homeUnitId").value((int) unit("DNG-SKHCN")));
	}

	@Test
	void theRolesPageCountsHolders() throws Exception {
		mvc.perform(get("/admin/roles").with(user(as(Demo.ADMIN))).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("System administrator")));
		mvc.perform(get("/api/v1/roles").with(user(as(Demo.ADMIN))))
			.andExpect(jsonPath("$[?(@.code == 'SYSTEM_ADMIN')].holders").value(hasItem(1)));
	}
}
