package org.govict.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.govict.support.Demo;
import org.govict.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
@AutoConfigureMockMvc
class PersonnelListsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	PersonnelLists lists;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSeededListsHoldTheOfficialData() throws Exception {
		assertThat(lists.entries(ListKind.ETHNIC_GROUPS)).hasSize(54)
			.first()
			.satisfies(kinh -> assertThat(kinh.code() + " " + kinh.nameVi()).isEqualTo("01 Kinh"));
		assertThat(lists.get(ListKind.RANKS, "01.003").salaryGrade()).isEqualTo("A1");
		LocalDate today = LocalDate.now();
		assertThat(lists.steps("A1", today)).hasSize(9).last()
			.satisfies(s -> assertThat(s.coefficient()).isEqualByComparingTo("4.98"));
		assertThat(lists.steps("A0", today)).hasSize(10).last()
			.satisfies(s -> assertThat(s.coefficient()).isEqualByComparingTo("4.89"));
		assertThat(lists.steps("B", today)).hasSize(12).last()
			.satisfies(s -> assertThat(s.coefficient()).isEqualByComparingTo("4.06"));
		assertThat(lists.steps("A3.1", today)).hasSize(6).last()
			.satisfies(s -> assertThat(s.coefficient()).isEqualByComparingTo("8.00"));
		assertThat(lists.coefficient("A2.1", 8, today)).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("6.78"));
		assertThat(lists.coefficient("A1", 1, LocalDate.of(2004, 9, 30))).isEmpty();

		mvc.perform(get("/api/v1/personnel/salary-grades/A1/steps").param("asOf", "2026-01-01")
				.with(signedIn(Demo.MINISTRY_STAFF)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(9))
			.andExpect(jsonPath("$[8].coefficient").value(4.98));
		mvc.perform(get("/api/v1/personnel/lists/ethnic-groups").with(signedIn(Demo.MINISTRY_STAFF)))
			.andExpect(jsonPath("$.length()").value(54));
	}

	@Test
	void aNewCoefficientKeepsTheOldOneForPastDates() throws Exception {
		mvc.perform(post("/api/v1/personnel/lists/salary-grades").with(signedIn(Demo.ADMIN)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"T1\",\"nameVi\":\"Ngạch thử\",\"stepYears\":3}"))
			.andExpect(status().isCreated());
		setCoefficient("T1", "{\"step\":1,\"coefficient\":2.00,\"validFrom\":\"2010-01-01\"}").andExpect(status().isCreated());
		setCoefficient("T1", "{\"step\":1,\"coefficient\":2.20,\"validFrom\":\"2020-07-01\"}").andExpect(status().isCreated());

		assertThat(lists.coefficient("T1", 1, LocalDate.of(2020, 6, 30))).contains(new BigDecimal("2.00"));
		assertThat(lists.coefficient("T1", 1, LocalDate.of(2020, 7, 1))).contains(new BigDecimal("2.20"));
		mvc.perform(get("/api/v1/personnel/salary-grades/T1/steps").param("asOf", "2015-01-01")
				.with(signedIn(Demo.MINISTRY_STAFF)))
			.andExpect(jsonPath("$[0].coefficient").value(2.00))
			.andExpect(jsonPath("$[0].validTo").value("2020-06-30"));

		setCoefficient("T1", "{\"step\":1,\"coefficient\":2.40,\"validFrom\":\"2019-01-01\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("validFrom"));
		setCoefficient("T1", "{\"step\":3,\"coefficient\":2.40,\"validFrom\":\"2021-01-01\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("step"));
		setCoefficient("T1", "{\"step\":2,\"coefficient\":-1,\"validFrom\":\"2021-01-01\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("coefficient"));
		assertThat(lists.history("T1", 1)).hasSize(2);

		mvc.perform(get("/api/v1/audit").param("module", "personnel").param("recordId", "T1/1")
				.with(signedIn(Demo.AUDITOR)))
			.andExpect(jsonPath("$.totalElements").value(2));
	}

	@Test
	void anEntryIsRenamedAndDeactivatedWithItsHistory() throws Exception {
		mvc.perform(post("/api/v1/personnel/lists/positions").with(signedIn(Demo.ADMIN)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"TPTEST\",\"nameVi\":\"Trưởng ban thử\",\"sortOrder\":99}"))
			.andExpect(status().isCreated());
		mvc.perform(post("/api/v1/personnel/lists/positions").with(signedIn(Demo.ADMIN)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"TPTEST\",\"nameVi\":\"Lần hai\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("code"));
		mvc.perform(put("/api/v1/personnel/lists/positions/TPTEST").with(signedIn(Demo.ADMIN)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"nameVi\":\"Trưởng ban thử nghiệm\",\"nameEn\":\"Head of the test board\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nameEn").value("Head of the test board"));
		mvc.perform(put("/api/v1/personnel/lists/positions/TPTEST").with(signedIn(Demo.ADMIN)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"nameVi\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("nameVi"));
		mvc.perform(post("/personnel/lists/positions/TPTEST/deactivate").with(signedIn(Demo.ADMIN)).with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(lists.get(ListKind.POSITIONS, "TPTEST").active()).isFalse();
		assertThat(jdbc.sql("SELECT count(*) FROM personnel_list_changes WHERE list_name = 'positions' AND code = 'TPTEST'")
			.query(Long.class).single()).isEqualTo(3);
		mvc.perform(get("/api/v1/audit").param("module", "personnel").param("recordId", "positions/TPTEST")
				.with(signedIn(Demo.AUDITOR)))
			.andExpect(jsonPath("$.totalElements").value(3));
	}

	@Test
	void staffReadButMayNotChangeTheLists() throws Exception {
		mvc.perform(get("/personnel/lists").with(signedIn(Demo.MINISTRY_STAFF)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dân tộc")));
		mvc.perform(post("/api/v1/personnel/lists/religions").with(signedIn(Demo.MINISTRY_STAFF)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"99\",\"nameVi\":\"Thử\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/personnel/salary-grades/A1/coefficients").with(signedIn(Demo.MINISTRY_STAFF)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"step\":1,\"coefficient\":9.99,\"validFrom\":\"2030-01-01\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/personnel/lists/religions/new").with(signedIn(Demo.MINISTRY_STAFF)))
			.andExpect(status().isForbidden());
		assertThat(lists.find(ListKind.RELIGIONS, "99")).isEmpty();
		assertThat(lists.coefficient("A1", 1, LocalDate.of(2030, 1, 1))).contains(new BigDecimal("2.34"));
	}

	@Test
	void theSalaryGridShowsTheCoefficientsAsOfADate() throws Exception {
		mvc.perform(get("/personnel/lists/salary-grades").param("asOf", "2026-01-01").param("lang", "en")
				.with(signedIn(Demo.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("4.98")))
			.andExpect(content().string(containsString("as of 01/01/2026")));
		mvc.perform(get("/personnel/lists/ranks").with(signedIn(Demo.MINISTRY_STAFF)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chuyên viên cao cấp")));
		mvc.perform(get("/personnel/lists/nothing").with(signedIn(Demo.MINISTRY_STAFF)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aFormWithErrorsSavesNothingAndSaysWhyInTheUsersLanguage() throws Exception {
		mvc.perform(post("/personnel/lists/ranks/new").param("lang", "en").with(signedIn(Demo.ADMIN)).with(csrf())
				.param("code", "99.999").param("nameVi", "Ngạch thử").param("salaryGrade", "Z9"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is no such salary grade.")));
		assertThat(lists.find(ListKind.RANKS, "99.999")).isEmpty();
		mvc.perform(post("/personnel/lists/salary-grades/A1/coefficient").with(signedIn(Demo.ADMIN)).with(csrf())
				.param("step", "1").param("coefficient", "2.50").param("validFrom", "2000-01-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ngày áp dụng phải sau ngày 2004-10-01")));
		mvc.perform(post("/personnel/lists/ranks/new").with(signedIn(Demo.ADMIN)).with(csrf())
				.param("code", "99.998").param("nameVi", "Ngạch thử").param("salaryGrade", "A1")
				.param("staffGroup", "CIVIL_SERVANT"))
			.andExpect(redirectedUrlPattern("/personnel/lists/ranks*"));
		assertThat(lists.get(ListKind.RANKS, "99.998").salaryGrade()).isEqualTo("A1");
	}

	private org.springframework.test.web.servlet.ResultActions setCoefficient(String grade, String body) throws Exception {
		return mvc.perform(post("/api/v1/personnel/salary-grades/" + grade + "/coefficients").with(signedIn(Demo.ADMIN))
			.with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private RequestPostProcessor signedIn(String username) {
		return user(users.loadUserByUsername(username));
	}
}
