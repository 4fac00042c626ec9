package org.govict.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DeadlineSkipsTetHolidays {

	@Test
	void fiveWorkingDaysFromTheFridayBeforeTetEndFourteenDaysLater() {
		// Friday 13 Feb 2026; Tet runs Mon 16 to Fri 20; work resumes Mon 23.
		assertThat(Calendar2026.rules().addWorkingDays(LocalDate.of(2026, 2, 13), 5)).isEqualTo(LocalDate.of(2026, 2, 27));
	}

	@Test
	void oneWorkingDayFromTheFridayBeforeTetIsTheMondayAfter() {
		assertThat(Calendar2026.rules().addWorkingDays(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 23));
	}

	@Test
	void countingBackGivesTheSameNumber() {
		WorkingDays rules = Calendar2026.rules();
		assertThat(rules.between(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 27))).isEqualTo(5);
		assertThat(rules.between(LocalDate.of(2026, 2, 27), LocalDate.of(2026, 2, 13))).isEqualTo(-5);
	}
}
