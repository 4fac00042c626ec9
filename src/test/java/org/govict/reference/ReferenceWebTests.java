package org.govict.reference;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.govict.support.Demo;
import org.govict.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
@AutoConfigureMockMvc
class ReferenceWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void theDeadlineApiSkipsTet() throws Exception {
		mvc.perform(get("/api/v1/calendar/deadline").param("from", "2026-02-13").param("workingDays", "5")
				.with(signedIn(Demo.MINISTRY_STAFF)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.deadline").value("2026-02-27"))
			.andExpect(jsonPath("$.workingDays").value(5));
	}

	@Test
	void aBadDeadlineQueryListsTheFields() throws Exception {
		mvc.perform(get("/api/v1/calendar/deadline").param("from", "13/02/2026").param("workingDays", "5")
				.with(signedIn(Demo.MINISTRY_STAFF)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("from"));
		mvc.perform(get("/api/v1/calendar/deadline").param("from", "2026-02-13").param("workingDays", "-1")
				.with(signedIn(Demo.MINISTRY_STAFF)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("workingDays"));
	}

	@Test
	void administratorsListAMakeUpSaturdayButNotAWeekday() throws Exception {
		mvc.perform(post("/api/v1/calendar/days").with(signedIn(Demo.ADMIN)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"day\":\"2031-03-05\",\"kind\":\"WORKING\",\"nameVi\":\"Thử\",\"nameEn\":\"Test\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
		mvc.perform(post("/api/v1/calendar/days").with(signedIn(Demo.ADMIN)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"day\":\"2031-03-08\",\"kind\":\"WORKING\",\"nameVi\":\"Làm bù\",\"nameEn\":\"Make-up\"}"))
			.andExpect(status().isCreated());
		mvc.perform(post("/api/v1/calendar/days").with(signedIn(Demo.ADMIN)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"day\":\"2031-03-08\",\"kind\":\"HOLIDAY\",\"nameVi\":\"Lần hai\",\"nameEn\":\"Again\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("day"));
		mvc.perform(get("/api/v1/audit").param("module", "reference").param("recordId", "2031-03-08")
				.with(signedIn(Demo.AUDITOR)))
			.andExpect(jsonPath("$.totalElements").value(1));
		mvc.perform(delete("/api/v1/calendar/days/2031-03-08").with(signedIn(Demo.ADMIN)).with(csrf()))
			.andExpect(status().isNoContent());
	}

	@Test
	void staffMayNotChangeTheCalendar() throws Exception {
		mvc.perform(post("/api/v1/calendar/days").with(signedIn(Demo.MINISTRY_STAFF)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"day\":\"2031-03-09\",\"kind\":\"WORKING\",\"nameVi\":\"Thử\",\"nameEn\":\"Test\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/reference/calendar/new").with(signedIn(Demo.MINISTRY_STAFF))).andExpect(status().isForbidden());
	}

	@Test
	void theCalendarPageShowsTetAndComputesADeadline() throws Exception {
		mvc.perform(get("/reference/calendar").param("year", "2026").param("from", "2026-02-13")
				.param("workingDays", "5").param("lang", "en").with(signedIn(Demo.MINISTRY_STAFF)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Lunar New Year, day 1")))
			.andExpect(content().string(containsString("27/02/2026")));
	}

	@Test
	void wardsAreFoundWithoutDiacritics() throws Exception {
		mvc.perform(get("/api/v1/areas/wards").param("q", "hai chau").with(signedIn(Demo.MINISTRY_STAFF)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].name", hasItem("Phường Hải Châu")));
		mvc.perform(get("/reference/areas").param("q", "hai chau").with(signedIn(Demo.MINISTRY_STAFF)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Phường Hải Châu")))
			.andExpect(content().string(containsString("thanglequoc/vietnamese-provinces-database")));
		mvc.perform(get("/api/v1/areas/provinces").with(signedIn(Demo.MINISTRY_STAFF)))
			.andExpect(jsonPath("$.length()").value(34));
	}

	private RequestPostProcessor signedIn(String username) {
		return user(users.loadUserByUsername(username));
	}
}
