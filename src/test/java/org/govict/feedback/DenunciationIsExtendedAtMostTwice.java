package org.govict.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.govict.platform.web.RuleViolationException;
import org.junit.jupiter.api.Test;

class DenunciationIsExtendedAtMostTwice {

	final DeadlineRule settle = WeekendCalendar.rule(CaseKind.DENUNCIATION, Stage.SETTLE, 30, Counting.CALENDAR_DAYS,
			null, null, null, 30, 2);

	final LegalClock clock = new LegalClock(new WeekendCalendar());

	final LocalDate accepted = LocalDate.of(2026, 5, 4);

	@Test
	void eachExtensionAddsThirtyDays() {
		assertThat(clock.deadline(settle, accepted, false, false, 1, List.of())).isEqualTo(accepted.plusDays(60));
		assertThat(clock.deadline(settle, accepted, false, false, 2, List.of())).isEqualTo(accepted.plusDays(90));
	}

	@Test
	void aThirdExtensionIsRefused() {
		LegalClock.requireExtensionAllowed(settle, 0);
		LegalClock.requireExtensionAllowed(settle, 1);
		assertThatThrownBy(() -> LegalClock.requireExtensionAllowed(settle, 2)).isInstanceOf(RuleViolationException.class)
			.hasMessage("feedback.extend.noMore");
	}

	@Test
	void aComplaintCannotBeExtendedAtAll() {
		DeadlineRule complaint = WeekendCalendar.rule(CaseKind.COMPLAINT, Stage.SETTLE, 30, Counting.CALENDAR_DAYS, 45,
				45, 60, null, 0);
		assertThatThrownBy(() -> LegalClock.requireExtensionAllowed(complaint, 0))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("feedback.extend.notAllowed");
	}

	@Test
	void partiesAreNotifiedWithinFiveWorkingDaysOfAcceptance() {
		DeadlineRule notify = WeekendCalendar.rule(CaseKind.DENUNCIATION, Stage.NOTIFY, 5, Counting.WORKING_DAYS, null,
				null, null, null, 0);
		assertThat(clock.deadline(notify, LocalDate.of(2026, 5, 7), false, false)).isEqualTo(LocalDate.of(2026, 5, 14));
	}
}
