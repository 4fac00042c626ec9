package org.govict.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

class FeedbackOutsideCompetenceIsForwardedWithinFiveWorkingDays {

	final DeadlineRule forward = WeekendCalendar.rule(CaseKind.FEEDBACK, Stage.FORWARD, 5, Counting.WORKING_DAYS, null,
			null, null, null, 0);

	@Test
	void receivedOnAFridayItIsDueTheNextFriday() {
		LegalClock clock = new LegalClock(new WeekendCalendar());
		assertThat(clock.deadline(forward, LocalDate.of(2026, 11, 20), false, false)).isEqualTo(LocalDate.of(2026, 11, 27));
	}

	@Test
	void aHolidayInBetweenIsNotCounted() {
		LegalClock clock = new LegalClock(new WeekendCalendar(Set.of(LocalDate.of(2026, 9, 2))));
		assertThat(clock.deadline(forward, LocalDate.of(2026, 8, 31), false, false)).isEqualTo(LocalDate.of(2026, 9, 8));
	}
}
