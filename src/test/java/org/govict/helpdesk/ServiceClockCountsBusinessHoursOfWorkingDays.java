package org.govict.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ServiceClockCountsBusinessHoursOfWorkingDays {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	/** 2 September 2026 (a Wednesday) is National Day. */
	final ServiceClock clock = new ServiceClock(ServiceClock.parse("07:30-11:30,13:00-17:00"), VIETNAM,
			day -> day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
					&& !Set.of(java.time.LocalDate.of(2026, 9, 2)).contains(day));

	static Instant at(String local) {
		return LocalDateTime.parse(local).atZone(VIETNAM).toInstant();
	}

	@Test
	void withinAMorning() {
		assertThat(clock.add(at("2026-11-23T08:00"), 60)).isEqualTo(at("2026-11-23T09:00"));
	}

	@Test
	void theLunchBreakDoesNotCount() {
		assertThat(clock.add(at("2026-11-23T11:00"), 60)).isEqualTo(at("2026-11-23T13:30"));
		assertThat(clock.between(at("2026-11-23T11:00"), at("2026-11-23T13:30"))).isEqualTo(60);
	}

	@Test
	void aTicketOpenedAtLunchStartsCountingAtOne() {
		assertThat(clock.add(at("2026-11-23T12:10"), 30)).isEqualTo(at("2026-11-23T13:30"));
	}

	@Test
	void fourHoursFromFridayAfternoonFallOnMonday() {
		// Friday 27 November 2026, 15:00: two hours left on Friday, two on Monday morning.
		assertThat(clock.add(at("2026-11-27T15:00"), 240)).isEqualTo(at("2026-11-30T09:30"));
		assertThat(clock.between(at("2026-11-27T15:00"), at("2026-11-30T09:30"))).isEqualTo(240);
	}

	@Test
	void aHolidayIsSkipped() {
		// Tuesday 1 September 16:00 + 2 hours: one hour on Tuesday, the holiday skipped, one on Thursday.
		assertThat(clock.add(at("2026-09-01T16:00"), 120)).isEqualTo(at("2026-09-03T08:30"));
	}

	@Test
	void anEveningTicketStartsTheNextMorning() {
		assertThat(clock.add(at("2026-11-23T19:00"), 15)).isEqualTo(at("2026-11-24T07:45"));
	}

	@Test
	void aPauseMovesTheDueTimeByTheWorkingTimeItLasted() {
		Instant opened = at("2026-11-23T08:00");
		Instant due = clock.add(opened, 480);
		assertThat(due).isEqualTo(at("2026-11-24T08:00"));
		// Waiting for the requester from Monday 10:00 to Tuesday 09:00: 1:30 + 4:00 on Monday, 1:30 on Tuesday.
		long paused = clock.between(at("2026-11-23T10:00"), at("2026-11-24T09:00"));
		assertThat(paused).isEqualTo(420);
		assertThat(clock.add(due, paused)).isEqualTo(at("2026-11-24T16:30"));
	}

	@Test
	void nothingElapsesBackwards() {
		assertThat(clock.between(at("2026-11-24T09:00"), at("2026-11-23T09:00"))).isZero();
	}
}
