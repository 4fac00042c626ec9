package org.govict.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.govict.identity.internal.AccountDetailsService;
import org.govict.support.Demo;
import org.govict.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** An administrator lists a new year's holidays from the proposals, choosing which to keep. */
@IntegrationTest
@AutoConfigureMockMvc
class HolidayProposalsWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountDetailsService accounts;

	@Autowired
	WorkingCalendar calendar;

	@Test
	void theChosenProposalsOfANewYearAreListedAndNoOthers() throws Exception {
		mvc.perform(get("/api/v1/calendar/2029/proposals").with(user(accounts.loadUserByUsername(Demo.ADMIN))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.day == '2029-02-13')].kind").value("HOLIDAY"));
		mvc.perform(post("/reference/calendar/proposals").with(csrf())
			.with(user(accounts.loadUserByUsername(Demo.ADMIN)))
			.param("year", "2029")
			.param("day", "2029-01-01", "2029-02-13")).andExpect(redirectedUrl("/reference/calendar?year=2029"));

		assertThat(calendar.days(2029)).extracting(CalendarDay::day)
			.containsExactly(LocalDate.of(2029, 1, 1), LocalDate.of(2029, 2, 13));
		assertThat(calendar.isWorkingDay(LocalDate.of(2029, 2, 13))).isFalse();
	}

	@Test
	void onlyAdministratorsAdoptProposals() throws Exception {
		mvc.perform(post("/reference/calendar/proposals").with(csrf())
			.with(user(accounts.loadUserByUsername(Demo.MINISTRY_STAFF)))
			.param("year", "2030")
			.param("day", "2030-01-01")).andExpect(status().isForbidden());
		assertThat(calendar.days(2030)).isEmpty();
	}
}
