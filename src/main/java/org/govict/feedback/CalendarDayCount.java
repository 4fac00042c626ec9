package org.govict.feedback;

import java.time.LocalDate;

import org.govict.reference.WorkingCalendar;
import org.springframework.stereotype.Component;

/** Working days as the platform's working calendar counts them, holidays and make-up Saturdays included. */
@Component
class CalendarDayCount implements DayCount {

	private final WorkingCalendar calendar;

	CalendarDayCount(WorkingCalendar calendar) {
		this.calendar = calendar;
	}

	@Override
	public LocalDate addWorkingDays(LocalDate start, int n) {
		return calendar.addWorkingDays(start, n);
	}

	@Override
	public long workingDaysBetween(LocalDate from, LocalDate to) {
		return calendar.workingDaysBetween(from, to);
	}
}
