package org.govict.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class WorkingIsListedOnlyOnWeekends {

	@Test
	void aWeekdayCannotBeListedAsWorking() {
		assertThat(WorkingDays.allows(LocalDate.of(2026, 3, 4), DayKind.WORKING)).isFalse();
	}

	@Test
	void aSaturdayCanBeListedAsWorking() {
		assertThat(WorkingDays.allows(LocalDate.of(2026, 3, 7), DayKind.WORKING)).isTrue();
	}

	@Test
	void aHolidayOnASundayIsListedAllTheSame() {
		assertThat(WorkingDays.allows(LocalDate.of(2026, 4, 26), DayKind.HOLIDAY)).isTrue();
		assertThat(WorkingDays.allows(LocalDate.of(2026, 3, 8), DayKind.DAY_OFF)).isTrue();
	}
}
