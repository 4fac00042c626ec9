package org.govict.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ClockStopsWhileWaitingForTheSender {

	final LegalClock clock = new LegalClock(new WeekendCalendar());

	@Test
	void calendarDaysWaitedAreAddedToTheDeadline() {
		DeadlineRule settle = WeekendCalendar.rule(CaseKind.COMPLAINT, Stage.SETTLE, 30, Counting.CALENDAR_DAYS, null,
				null, null, null, 0);
		LocalDate accepted = LocalDate.of(2026, 6, 1);
		List<LegalClock.Pause> pauses = List.of(new LegalClock.Pause(LocalDate.of(2026, 6, 10), LocalDate.of(2026, 6, 17)));
		assertThat(clock.deadline(settle, accepted, false, false, 0, pauses)).isEqualTo(LocalDate.of(2026, 7, 8));
	}

	@Test
	void workingDaysWaitedAreCountedOnTheCalendar() {
		DeadlineRule forward = WeekendCalendar.rule(CaseKind.FEEDBACK, Stage.FORWARD, 5, Counting.WORKING_DAYS, null,
				null, null, null, 0);
		// Received Monday 2 Nov, due Monday 9 Nov. Asked on Tuesday 3, after one working day of the five; answered on
		// Monday 9, so that four remain from then: Tuesday 10 to Friday 13.
		List<LegalClock.Pause> pauses = List.of(new LegalClock.Pause(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 9)));
		assertThat(clock.deadline(forward, LocalDate.of(2026, 11, 2), false, false, 0, pauses))
			.isEqualTo(LocalDate.of(2026, 11, 13));
	}

	@Test
	void aWaitBeforeAcceptanceDoesNotMoveTheSettlingDeadline() {
		DeadlineRule settle = WeekendCalendar.rule(CaseKind.COMPLAINT, Stage.SETTLE, 30, Counting.CALENDAR_DAYS, null,
				null, null, null, 0);
		List<LegalClock.Pause> pauses = List.of(new LegalClock.Pause(LocalDate.of(2026, 5, 20), LocalDate.of(2026, 5, 28)));
		assertThat(clock.deadline(settle, LocalDate.of(2026, 6, 1), false, false, 0, pauses))
			.isEqualTo(LocalDate.of(2026, 7, 1));
	}

	@Test
	void aStoppedClockIsNeverOverdue() {
		assertThat(LegalClock.isOverdue(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1), true)).isFalse();
		assertThat(LegalClock.isOverdue(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1), false)).isTrue();
		assertThat(LegalClock.isOverdue(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1), false)).isFalse();
	}

	@Test
	void thePausesAreReadFromTheHistory() {
		Instant asked = LocalDate.of(2026, 6, 10).atTime(9, 0).atZone(FeedbackDesk.VIETNAM).toInstant();
		Instant answered = LocalDate.of(2026, 6, 17).atTime(23, 30).atZone(FeedbackDesk.VIETNAM).toInstant();
		List<CaseStep> history = List.of(
				new CaseStep(1, 1, Step.ASSIGNED, CaseStatus.RECEIVED, CaseStatus.IN_PROGRESS, null, true, "a", asked),
				new CaseStep(2, 1, Step.INFO_REQUESTED, CaseStatus.IN_PROGRESS, CaseStatus.WAITING_FOR_SENDER, "?", true,
						"a", asked),
				new CaseStep(3, 1, Step.INFO_ADDED, CaseStatus.WAITING_FOR_SENDER, CaseStatus.IN_PROGRESS, "!", true,
						"sender", answered));
		assertThat(CaseDeadlines.pauses(history))
			.containsExactly(new LegalClock.Pause(LocalDate.of(2026, 6, 10), LocalDate.of(2026, 6, 17)));
	}
}
