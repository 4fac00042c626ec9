package org.govict.personnel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.text.Normalizer;
import java.util.Locale;

import org.govict.identity.internal.AccountDetailsService;
import org.govict.support.Demo;
import org.govict.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The record pages and API against the demo data: scope, sensitive groups, roles, audit of views, refusals in the
 * reader's language, and changes only of the kind that governs a field.
 */
@IntegrationTest
@AutoConfigureMockMvc
class RecordPagesTests {

	static final String DANANG_HR = "tochuc.danang";

	static final String MINISTRY_LEADER = "lanhdao.tttt";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountDetailsService accounts;

	@Autowired
	JdbcClient jdbc;

	UserDetails as(String username) {
		return accounts.loadUserByUsername(username);
	}

	long recordIn(String unitCode) {
		return jdbc.sql("""
				SELECT r.id FROM personnel_records r JOIN organisation_units u ON u.id = r.unit_id
				 WHERE u.code = ? ORDER BY r.id LIMIT 1""").param(unitCode).query(Long.class).single();
	}

	MockHttpServletRequestBuilder page(String path, Object... vars) {
		return get(path, vars).locale(Locale.forLanguageTag("vi"));
	}

	@Test
	void anHrOfficerOfDaNangFindsNoMinistryRecordByPageOrApi() throws Exception {
		long ministry = recordIn("BNV-TTTT-CSDL");
		mvc.perform(page("/personnel/records/{id}", ministry).with(user(as(DANANG_HR))))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/personnel/records/{id}", ministry).with(user(as(DANANG_HR))))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/personnel/records/{id}/history", ministry).with(user(as(DANANG_HR))))
			.andExpect(status().isNotFound());
		mvc.perform(page("/personnel/records/{id}/events/salary_changed", ministry).with(user(as(DANANG_HR))))
			.andExpect(status().isNotFound());

		long own = recordIn("DNG-SKHCN-CNTT");
		mvc.perform(page("/personnel/records/{id}", own).with(user(as(DANANG_HR))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"group-health\"")));
	}

	@Test
	void aLeaderWithoutTheSensitiveRoleSeesNoFamilyOrHealth() throws Exception {
		long record = recordIn("BNV-TTTT-CSDL");
		mvc.perform(page("/personnel/records/{id}", record).with(user(as(MINISTRY_LEADER))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"group-identity\"")))
			.andExpect(content().string(not(containsString("id=\"group-health\""))))
			.andExpect(content().string(not(containsString("id=\"group-family\""))))
			.andExpect(content().string(not(containsString("Tình trạng sức khỏe"))))
			// a leader reads, but does not change
			.andExpect(content().string(not(containsString("/edit/identity"))));
		mvc.perform(get("/api/v1/personnel/records/{id}", record).with(user(as(MINISTRY_LEADER))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.fields.full_name").exists())
			.andExpect(jsonPath("$.fields.health_status").doesNotExist())
			.andExpect(jsonPath("$.fields.family").doesNotExist());
		mvc.perform(page("/personnel/records/{id}/edit/health", record).with(user(as(MINISTRY_LEADER))))
			.andExpect(status().isForbidden());
	}

	@Test
	void staffWithoutPersonnelAccessAreRefused() throws Exception {
		long record = recordIn("BNV-TTTT-CSDL");
		mvc.perform(page("/personnel/records").with(user(as(Demo.MINISTRY_STAFF)))).andExpect(status().isForbidden());
		mvc.perform(page("/personnel/records/{id}", record).with(user(as(Demo.MINISTRY_STAFF))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/personnel/records").with(user(as(Demo.MINISTRY_STAFF))))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/personnel/records/{id}", record).with(user(as(Demo.MINISTRY_STAFF))))
			.andExpect(status().isForbidden());
	}

	@Test
	void readingARecordGoesOnTheAuditTrail() throws Exception {
		long record = recordIn("DNG-SNV");
		long before = views(record);
		mvc.perform(page("/personnel/records/{id}", record).with(user(as(DANANG_HR)))).andExpect(status().isOk());
		assertThat(views(record)).isEqualTo(before + 1);
		mvc.perform(get("/api/v1/personnel/records/{id}", record).with(user(as(DANANG_HR))))
			.andExpect(status().isOk());
		assertThat(views(record)).isEqualTo(before + 2);
		mvc.perform(page("/personnel/records/{id}?asOf=2020-01-01", record).with(user(as(DANANG_HR))))
			.andExpect(status().isOk());
		assertThat(views(record)).isEqualTo(before + 3);
	}

	long views(long record) {
		return jdbc.sql("""
				SELECT count(*) FROM audit_entries
				 WHERE module = 'personnel' AND action = 'VIEW' AND record_id = ? AND actor = ?""")
			.param(String.valueOf(record))
			.param(DANANG_HR)
			.query(Long.class)
			.single();
	}

	@Test
	void aSearchWithoutDiacriticsFindsVietnameseNamesAndHtmxGetsOnlyTheResults() throws Exception {
		String name = jdbc.sql("SELECT full_name FROM personnel_records WHERE unit_path LIKE "
				+ "(SELECT path FROM organisation_units WHERE code = 'DNG') || '%' AND full_name <> unaccent(full_name) "
				+ "ORDER BY id LIMIT 1").query(String.class).single();
		String typed = Normalizer.normalize(name, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replace('đ', 'd')
			.replace('Đ', 'D')
			.toLowerCase(Locale.ROOT);
		mvc.perform(page("/personnel/records").param("q", typed).with(user(as(DANANG_HR))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">" + name + "<")))
			.andExpect(content().string(containsString("/personnel/export?format=xlsx&amp;q=" + typed.replace(' ', '+'))))
			.andExpect(content().string(containsString("<h1")));
		mvc.perform(page("/personnel/records").param("q", typed.toUpperCase(Locale.ROOT))
			.header("HX-Request", "true")
			.header("HX-Target", "results")
			.with(user(as(DANANG_HR))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">" + name + "<")))
			.andExpect(content().string(not(containsString("<h1"))));
		// Decomposed Unicode, as some keyboards and files send it, finds the same person.
		mvc.perform(page("/personnel/records").param("q", Normalizer.normalize(name, Normalizer.Form.NFD))
			.with(user(as(DANANG_HR))))
			.andExpect(content().string(containsString(">" + name + "<")));
	}

	@Test
	void aRefusedRegistrationSaysWhyBesideTheFieldInTheReadersLanguage() throws Exception {
		long unit = jdbc.sql("SELECT id FROM organisation_units WHERE code = 'DNG-SNV'").query(Long.class).single();
		for (String[] language : new String[][] { { "vi", "Số định danh cá nhân phải có 12 chữ số" },
				{ "en", "A personal ID number has 12 digits" } }) {
			mvc.perform(post("/personnel/records/new").locale(Locale.forLanguageTag(language[0]))
				.header(HttpHeaders.ACCEPT_LANGUAGE, language[0])
				.with(csrf())
				.with(user(as(DANANG_HR)))
				.param("full_name", "Lê Thị Từ Chối")
				.param("id_number", "04819000")
				.param("sex", "F")
				.param("birth_date", "1990-03-14")
				.param("unit_id", String.valueOf(unit))
				.param("specialisation", "Luật"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(language[1])))
				.andExpect(content().string(containsString("id=\"id_number-error\"")))
				.andExpect(content().string(containsString("href=\"#id_number\"")))
				// nothing typed is lost
				.andExpect(content().string(containsString("value=\"Lê Thị Từ Chối\"")))
				.andExpect(content().string(containsString("value=\"Luật\"")));
		}
		mvc.perform(post("/api/v1/personnel/records").header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.with(csrf())
			.with(user(as(DANANG_HR)))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"fields": {"full_name": "Lê Thị Từ Chối", "id_number": "04819000", "sex": "F",
					 "birth_date": "14/03/1990", "unit_id": %d}}""".formatted(unit)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", hasItem("id_number")))
			.andExpect(jsonPath("$.errors[*].message", hasItem(containsString("A personal ID number has 12 digits"))));
	}

	@Test
	void aRegistrationThroughThePageCreatesTheRecordAndShowsIt() throws Exception {
		long unit = jdbc.sql("SELECT id FROM organisation_units WHERE code = 'DNG-SNV'").query(Long.class).single();
		String location = mvc.perform(post("/personnel/records/new").locale(Locale.forLanguageTag("vi"))
			.with(csrf())
			.with(user(as(DANANG_HR)))
			.param("full_name", "Phan Thị Đăng Ký")
			.param("id_number", "048190000611")
			.param("sex", "F")
			.param("birth_date", "1990-03-14")
			.param("unit_id", String.valueOf(unit))
			.param("rank_code", "01.003")
			.param("salary_step", "2")
			.param("salary_since", "2022-01-01")
			.param("recruited_on", "2019-01-01"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/personnel/records/*"))
			.andExpect(flash().attribute("flashMessage", "personnel.records.registered"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		mvc.perform(page(location).with(user(as(DANANG_HR))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Phan Thị Đăng Ký")))
			.andExpect(content().string(containsString("Bậc 2, hệ số 2.67")));
	}

	@Test
	void anOrdinaryUpdateCannotChangeTheSalaryStep() throws Exception {
		long record = recordIn("DNG-SKHCN-VP");
		mvc.perform(post("/api/v1/personnel/records/{id}/changes", record).header(HttpHeaders.ACCEPT_LANGUAGE, "vi")
			.with(csrf())
			.with(user(as(DANANG_HR)))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\": \"UPDATED\", \"fields\": {\"salary_step\": 9}}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("salary_step"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("chỉ được thay đổi qua nghiệp vụ")));
		// The page shows the step read-only, with the way to change it.
		mvc.perform(page("/personnel/records/{id}/edit/position", record).with(user(as(DANANG_HR))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("name=\"salary_step\""))))
			.andExpect(content().string(containsString("/events/salary_changed")));
		// A salary step posted to the group form anyway is not taken.
		mvc.perform(post("/personnel/records/{id}/edit/position", record).locale(Locale.forLanguageTag("vi"))
			.with(csrf())
			.with(user(as(DANANG_HR)))
			.param("salary_step", "9")
			.param("awards", "Chiến sĩ thi đua cơ sở 2025"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/personnel/records/{id}", record).with(user(as(DANANG_HR))))
			.andExpect(jsonPath("$.fields.salary_step").value(not(9)))
			.andExpect(jsonPath("$.fields.awards").value("Chiến sĩ thi đua cơ sở 2025"));
	}

	@Test
	void aSalaryChangeIsRecordedAsAnEventAndHeadsTheHistory() throws Exception {
		long record = recordIn("DNG-HAICHAU");
		int version = jdbc.sql("SELECT version FROM personnel_records WHERE id = ?").param(record).query(Integer.class)
			.single();
		int step = jdbc.sql("SELECT (data->>'salary_step')::int FROM personnel_records WHERE id = ?").param(record)
			.query(Integer.class)
			.single();
		mvc.perform(post("/personnel/records/{id}/events/salary_changed", record).locale(Locale.forLanguageTag("vi"))
			.with(csrf())
			.with(user(as(DANANG_HR)))
			.param("version", String.valueOf(version))
			.param("salary_step", String.valueOf(step + 1))
			.param("decisionNumber", "77/QĐ-SNV-KIEMTHU"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashMessage", "personnel.records.changed"));
		String page = mvc.perform(page("/personnel/records/{id}", record).with(user(as(DANANG_HR))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String history = page.substring(page.indexOf("id=\"history\""));
		assertThat(history.indexOf("data-kind=")).isEqualTo(history.indexOf("data-kind=\"SALARY_CHANGED\""));
		assertThat(history.substring(0, history.indexOf("</li>"))).contains("77/QĐ-SNV-KIEMTHU");

		// The same version again is stale: the form says so instead of overwriting.
		mvc.perform(post("/personnel/records/{id}/events/salary_changed", record).locale(Locale.forLanguageTag("vi"))
			.with(csrf())
			.with(user(as(DANANG_HR)))
			.param("version", String.valueOf(version))
			.param("salary_step", String.valueOf(step + 2)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hồ sơ vừa được người khác cập nhật")));
	}

	@Test
	void aRecordAsItStoodOnAPastDateCarriesABanner() throws Exception {
		long record = recordIn("DNG-SKHCN-CNTT");
		mvc.perform(page("/personnel/records/{id}?asOf=2000-01-01", record).with(user(as(DANANG_HR))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"asof-banner\"")))
			.andExpect(content().string(containsString("Khi đó hồ sơ chưa được lập.")));
		mvc.perform(get("/api/v1/personnel/records/{id}/history", record).with(user(as(DANANG_HR))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].kind").value("REGISTERED"));
	}

	@Test
	void theWardsOfTheChosenProvinceAreOffered() throws Exception {
		mvc.perform(page("/personnel/records/wards").param("birthplace_province", "48").with(user(as(DANANG_HR))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hải Châu")))
			.andExpect(content().string(not(containsString("Ba Đình"))));
	}
}
