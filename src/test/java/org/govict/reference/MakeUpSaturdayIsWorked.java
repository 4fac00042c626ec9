package org.govict.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class MakeUpSaturdayIsWorked {

	@Test
	void theListedSaturdayIsAWorkingDayAndTheSwappedFridayIsNot() {
		WorkingDays rules = Calendar2026.rules();
		assertThat(rules.isWorkingDay(LocalDate.of(2025, 4, 26))).isTrue();
		assertThat(rules.isWorkingDay(LocalDate.of(2025, 5, 2))).isFalse();
		assertThat(rules.isWorkingDay(LocalDate.of(2025, 4, 27))).isFalse();
	}

	@Test
	void aDeadlineFromFridayCountsTheMakeUpSaturday() {
		assertThat(Calendar2026.rules().addWorkingDays(LocalDate.of(2025, 4, 25), 1)).isEqualTo(LocalDate.of(2025, 4, 26));
	}

	@Test
	void theCompensatingDayOffForASundayHolidayIsSkipped() {
		// Hung Kings' Day 2026 falls on Sunday 26 April; Monday 27 is the day off in its place.
		assertThat(Calendar2026.rules().addWorkingDays(LocalDate.of(2026, 4, 24), 1)).isEqualTo(LocalDate.of(2026, 4, 28));
	}
}
