package org.govict.personnel.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import org.govict.identity.internal.AccountDetailsService;
import org.govict.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The records API: register, change with a version, read as of a date, history, search; and table rows on pages. */
@IntegrationTest
@AutoConfigureMockMvc
class RecordApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountDetailsService accounts;

	@Autowired
	JdbcClient jdbc;

	final JsonMapper json = JsonMapper.builder().build();

	UserDetails officer() {
		return accounts.loadUserByUsername("tochuc.danang");
	}

	long unit(String code) {
		return jdbc.sql("SELECT id FROM organisation_units WHERE code = ?").param(code).query(Long.class).single();
	}

	@Test
	void aPersonRegisteredThroughTheApiIsPromotedAndReadAsOfEarlierDates() throws Exception {
		String body = mvc.perform(post("/api/v1/personnel/records").with(csrf())
			.with(user(officer()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"fields": {"full_name": "Võ Minh Quân", "id_number": "048088000731", "sex": "M",
					 "birth_date": "12/07/1988", "unit_id": %d, "rank_code": "01.003", "salary_step": 3,
					 "salary_since": "2021-03-01", "recruited_on": "2015-03-01",
					 "training": [{"institution": "Đại học Đà Nẵng", "field": "Luật", "from": "2006", "to": "2010",
					               "form": "Chính quy", "qualification": "Cử nhân"}]},
					 "effectiveOn": "2021-03-01"}""".formatted(unit("DNG-SNV"))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.fields.salary_grade").value("A1"))
			.andExpect(jsonPath("$.fields.coefficient").value(3.00))
			.andExpect(jsonPath("$.fields.training[0].institution").value("Đại học Đà Nẵng"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode created = json.readTree(body);
		long id = created.get("id").asLong();
		int version = created.get("version").asInt();

		mvc.perform(post("/api/v1/personnel/records/{id}/changes", id).with(csrf())
			.with(user(officer()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"kind": "SALARY_CHANGED", "effectiveOn": "2024-03-01", "decisionNumber": "31/QĐ-SNV",
					 "decisionDate": "2024-02-20", "fields": {"salary_step": 4, "salary_since": "2024-03-01"},
					 "version": %d}""".formatted(version)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.fields.salary_step").value(4))
			.andExpect(jsonPath("$.fields.coefficient").value(3.33))
			.andExpect(jsonPath("$.version").value(greaterThan(version)));

		// The same version again would overwrite the change just made.
		mvc.perform(post("/api/v1/personnel/records/{id}/changes", id).with(csrf())
			.with(user(officer()))
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\": \"UPDATED\", \"fields\": {\"phone\": \"0905000000\"}, \"version\": %d}"
				.formatted(version)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("Someone else")));

		mvc.perform(get("/api/v1/personnel/records/{id}", id).param("asOf", "2023-01-01").with(user(officer())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.asOf").value("2023-01-01"))
			.andExpect(jsonPath("$.fields.salary_step").value(3));
		mvc.perform(get("/api/v1/personnel/records/{id}", id).param("asOf", "2020-01-01").with(user(officer())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/personnel/records/{id}/history", id).with(user(officer())))
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[1].kind").value("SALARY_CHANGED"))
			.andExpect(jsonPath("$[1].effectiveOn").value("2024-03-01"))
			.andExpect(jsonPath("$[1].decisionNumber").value("31/QĐ-SNV"))
			.andExpect(jsonPath("$[1].recordedAt").exists());
		mvc.perform(get("/api/v1/personnel/records").param("q", "vo minh quan").with(user(officer())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].fullName").value("Võ Minh Quân"))
			.andExpect(jsonPath("$.totalIsLowerBound").value(false));
	}

	@Test
	void aChangeOfAWholeRecordKindIsRefusedWithTheFieldAtFault() throws Exception {
		long id = jdbc.sql("SELECT id FROM personnel_records WHERE unit_path LIKE "
				+ "(SELECT path FROM organisation_units WHERE code = 'DNG') || '%' ORDER BY id LIMIT 1")
			.query(Long.class)
			.single();
		mvc.perform(post("/api/v1/personnel/records/{id}/changes", id).with(csrf())
			.with(user(officer()))
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\": \"REGISTERED\", \"fields\": {\"phone\": \"0905000000\"}}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.title").value("The record was refused"))
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
	}

	@Test
	void theApiIsDescribedForOtherSystems() throws Exception {
		mvc.perform(get("/v3/api-docs").with(user(officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/api/v1/personnel/records/{id}/changes")))
			.andExpect(content().string(containsString("/api/v1/personnel/records/{id}/history")));
	}

	@Test
	void tableRowsAreAddedAndRemovedWithoutScript() throws Exception {
		long id = jdbc.sql("SELECT id FROM personnel_records WHERE unit_path LIKE "
				+ "(SELECT path FROM organisation_units WHERE code = 'DNG') || '%' ORDER BY id DESC LIMIT 1")
			.query(Long.class)
			.single();
		mvc.perform(post("/personnel/records/{id}/edit/history", id).locale(Locale.forLanguageTag("vi"))
			.with(csrf())
			.with(user(officer()))
			.param("work_history[0].from", "2010")
			.param("work_history[0].to", "2014")
			.param("work_history[0].description", "Giáo viên trường THPT Phan Châu Trinh")
			.param("addRow", "work_history"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Giáo viên trường THPT Phan Châu Trinh\"")))
			.andExpect(content().string(containsString("name=\"work_history[1].description\"")));
		mvc.perform(post("/personnel/records/{id}/edit/history", id).locale(Locale.forLanguageTag("vi"))
			.with(csrf())
			.with(user(officer()))
			.param("work_history[0].from", "2010")
			.param("work_history[0].description", "Giáo viên")
			.param("work_history[1].from", "2014")
			.param("work_history[1].description", "Chuyên viên")
			.param("removeRow", "work_history:0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Chuyên viên\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("value=\"Giáo viên\""))));
		mvc.perform(post("/personnel/records/{id}/edit/history", id).locale(Locale.forLanguageTag("vi"))
			.with(csrf())
			.with(user(officer()))
			.param("work_history[0].from", "2010")
			.param("work_history[0].to", "2014")
			.param("work_history[0].description", "Giáo viên trường THPT Phan Châu Trinh")
			.param("work_history[1].from", "")
			.param("effectiveOn", "2025-01-01"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/personnel/records/{id}", id).with(user(officer())))
			.andExpect(jsonPath("$.fields.work_history.length()").value(1))
			.andExpect(jsonPath("$.fields.work_history[0].to").value("2014"));
	}
}
