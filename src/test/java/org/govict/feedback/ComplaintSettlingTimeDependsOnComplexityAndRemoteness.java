package org.govict.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ComplaintSettlingTimeDependsOnComplexityAndRemoteness {

	final DeadlineRule settle = WeekendCalendar.rule(CaseKind.COMPLAINT, Stage.SETTLE, 30, Counting.CALENDAR_DAYS, 45,
			45, 60, null, 0);

	final LegalClock clock = new LegalClock(new WeekendCalendar());

	final LocalDate accepted = LocalDate.of(2026, 3, 2);

	@Test
	void anOrdinaryComplaintHasThirtyDaysFromAcceptance() {
		assertThat(clock.deadline(settle, accepted, false, false)).isEqualTo(accepted.plusDays(30));
	}

	@Test
	void aComplexOneHasFortyFive() {
		assertThat(clock.deadline(settle, accepted, true, false)).isEqualTo(accepted.plusDays(45));
	}

	@Test
	void inARemoteAreaFortyFiveAndSixtyWhenComplex() {
		assertThat(clock.deadline(settle, accepted, false, true)).isEqualTo(accepted.plusDays(45));
		assertThat(clock.deadline(settle, accepted, true, true)).isEqualTo(accepted.plusDays(60));
	}

	@Test
	void acceptanceIsDueWithinTenDaysOfReceipt() {
		DeadlineRule accept = WeekendCalendar.rule(CaseKind.COMPLAINT, Stage.ACCEPT, 10, Counting.CALENDAR_DAYS, null,
				null, null, null, 0);
		assertThat(clock.deadline(accept, LocalDate.of(2026, 3, 25), true, true)).isEqualTo(LocalDate.of(2026, 4, 4));
	}
}
