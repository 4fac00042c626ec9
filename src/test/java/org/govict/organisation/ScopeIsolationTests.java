package org.govict.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A user of one unit gets 404 (or 403), never data, for any unit outside their scope, by page or API, even when
 * guessing ids.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ScopeIsolationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountDetailsService accounts;

	@Autowired
	JdbcClient jdbc;

	UserDetails as(String username) {
		return accounts.loadUserByUsername(username);
	}

	long unit(String code) {
		return jdbc.sql("SELECT id FROM organisation_units WHERE code = ?").param(code).query(Long.class).single();
	}

	@Test
	void aDaNangAdministratorCannotSeeTheMinistryByPageOrApi() throws Exception {
		long ministry = unit("BNV");
		mvc.perform(get("/units/{id}", ministry).with(user(as(Demo.DANANG_UNIT_ADMIN))))
			.andExpect(status().isNotFound())
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Bộ Nội vụ"))));
		mvc.perform(get("/api/v1/units/{id}", ministry).with(user(as(Demo.DANANG_UNIT_ADMIN))))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Không tìm thấy"));
		mvc.perform(get("/units/{id}/edit", ministry).with(user(as(Demo.DANANG_UNIT_ADMIN))))
			.andExpect(status().isNotFound());
		mvc.perform(post("/units/{id}/deactivate", ministry).with(csrf()).with(user(as(Demo.DANANG_UNIT_ADMIN))))
			.andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/units/{id}", ministry).with(user(as(Demo.DANANG_UNIT_ADMIN)))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"BNV\",\"nameVi\":\"Đổi tên\",\"kind\":\"MINISTRY\"}")).andExpect(status().isNotFound());
		assertThat(jdbc.sql("SELECT name_vi FROM organisation_units WHERE code = 'BNV'").query(String.class).single())
			.isEqualTo("Bộ Nội vụ");
	}

	@Test
	void guessingEveryIdOutsideTheScopeFindsNothing() throws Exception {
		List<Long> outside = jdbc.sql("""
				SELECT id FROM organisation_units
				 WHERE path NOT LIKE (SELECT path FROM organisation_units WHERE code = 'DNG-SKHCN') || '%'""")
			.query(Long.class)
			.list();
		assertThat(outside).isNotEmpty();
		for (long id : outside) {
			mvc.perform(get("/api/v1/units/{id}", id).with(user(as(Demo.DANANG_UNIT_ADMIN))))
				.andExpect(status().isNotFound());
			mvc.perform(get("/units/{id}", id).with(user(as(Demo.DANANG_UNIT_ADMIN)))).andExpect(status().isNotFound());
		}
		mvc.perform(get("/api/v1/units/{id}", unit("DNG-SKHCN-CNTT")).with(user(as(Demo.DANANG_UNIT_ADMIN))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value("DNG-SKHCN-CNTT"));
	}

	@Test
	void listsAndSearchesStayWithinTheScope() throws Exception {
		mvc.perform(get("/api/v1/units").param("size", "500").with(user(as(Demo.DANANG_UNIT_ADMIN))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].code").value(org.hamcrest.Matchers.everyItem(
					org.hamcrest.Matchers.startsWith("DNG-SKHCN"))));
		mvc.perform(get("/api/v1/units").param("q", "bo noi vu").with(user(as(Demo.DANANG_UNIT_ADMIN))))
			.andExpect(jsonPath("$.totalElements").value(0));
		mvc.perform(get("/api/v1/units").param("q", "bo noi vu").with(user(as(Demo.ADMIN))))
			.andExpect(jsonPath("$.content[0].code").value("BNV"));
	}

	@Test
	void staffCannotChangeTheTree() throws Exception {
		long division = unit("DNG-SKHCN-CNTT");
		mvc.perform(post("/units/new").with(csrf())
			.with(user(as(Demo.DANANG_STAFF)))
			.param("code", "X-STAFF")
			.param("nameVi", "Phòng thử")
			.param("kind", "DIVISION")
			.param("parentId", String.valueOf(division))).andExpect(status().isForbidden());
		assertThat(jdbc.sql("SELECT count(*) FROM organisation_units WHERE code = 'X-STAFF'").query(Long.class).single())
			.isZero();
	}

	@Test
	void theApiWantsCredentialsAndSpeaksTheCallersLanguage() throws Exception {
		mvc.perform(get("/api/v1/units"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Chưa xác thực"));
		mvc.perform(get("/api/v1/units").header("Accept-Language", "en-GB,en;q=0.9"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.title").value("Unauthenticated"));
		mvc.perform(get("/api/v1/units").header("Authorization", "Bearer gov_not-a-real-token"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void invalidInputIsRefusedFieldByFieldAndNothingIsSaved() throws Exception {
		mvc.perform(post("/api/v1/units").with(user(as(Demo.ADMIN)))
			.with(csrf())
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"bad code!\",\"nameVi\":\"\",\"parentId\":" + unit("BNV") + "}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Invalid input"))
			.andExpect(jsonPath("$.errors[*].field").value(
					org.hamcrest.Matchers.containsInAnyOrder("code", "nameVi", "kind")));
		mvc.perform(post("/api/v1/units").with(user(as(Demo.ADMIN)))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"BNV-VP\",\"nameVi\":\"Trùng mã\",\"kind\":\"DIVISION\",\"parentId\":" + unit("BNV") + "}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("code"))
			.andExpect(jsonPath("$.errors[0].message").value("Mã đơn vị đã được dùng."));
	}
}
