package org.govict.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class HolidaysProposedForANewYear {

	List<LocalDate> days(int year, DayKind kind) {
		return HolidayProposals.forYear(year).stream().filter(d -> d.kind() == kind).map(CalendarDay::day).toList();
	}

	@Test
	void elevenHolidaysAsTheLabourCodeSets() {
		assertThat(days(2028, DayKind.HOLIDAY)).hasSize(11);
	}

	@Test
	void tetIsTheEveAndTheFirstFourDaysOfTheLunarYear() {
		// Tết Mậu Thân falls on Wednesday 26 January 2028.
		assertThat(days(2028, DayKind.HOLIDAY)).contains(LocalDate.of(2028, 1, 25), LocalDate.of(2028, 1, 26),
				LocalDate.of(2028, 1, 29));
	}

	@Test
	void aHolidayOnAWeekendGivesTheNextWorkingDayOff() {
		// 30 April and 1 May 2028 are Sunday and Monday: the day off for 30 April is Tuesday 2 May.
		assertThat(days(2028, DayKind.DAY_OFF)).contains(LocalDate.of(2028, 5, 2));
	}

	@Test
	void theProposalForTwentySixMatchesWhatWasDecided() {
		assertThat(days(2026, DayKind.HOLIDAY)).contains(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 20),
				LocalDate.of(2026, 4, 26), LocalDate.of(2026, 9, 1));
		assertThat(days(2026, DayKind.DAY_OFF)).containsExactly(LocalDate.of(2026, 4, 27));
	}
}
