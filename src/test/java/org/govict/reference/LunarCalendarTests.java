package org.govict.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class LunarCalendarTests {

	@Test
	void tetFallsOnTheDatesVietnamObserved() {
		assertThat(LunarCalendar.tet(2025)).isEqualTo(LocalDate.of(2025, 1, 29));
		assertThat(LunarCalendar.tet(2026)).isEqualTo(LocalDate.of(2026, 2, 17));
		assertThat(LunarCalendar.tet(2027)).isEqualTo(LocalDate.of(2027, 2, 6));
	}

	@Test
	void hanoisMeridianPutsSomeNewYearsOnAnotherDayThanBeijings() {
		// Vietnam celebrated Tết 1985 on 21 January, a month before China; Tết 2007 a day before China.
		assertThat(LunarCalendar.tet(1985)).isEqualTo(LocalDate.of(1985, 1, 21));
		assertThat(LunarCalendar.tet(2007)).isEqualTo(LocalDate.of(2007, 2, 17));
	}

	@Test
	void hungKingsDayIsTheTenthOfTheThirdMonth() {
		assertThat(LunarCalendar.toGregorian(2025, 3, 10)).isEqualTo(LocalDate.of(2025, 4, 7));
		assertThat(LunarCalendar.toGregorian(2026, 3, 10)).isEqualTo(LocalDate.of(2026, 4, 26));
		assertThat(LunarCalendar.toGregorian(2027, 3, 10)).isEqualTo(LocalDate.of(2027, 4, 16));
	}
}
