package org.govict.feedback;

import java.time.LocalDate;

/** The working-day arithmetic a legal clock needs; the working calendar of the reference module answers it. */
public interface DayCount {

	/** The date {@code n} working days after {@code start}, not counting the start itself. */
	LocalDate addWorkingDays(LocalDate start, int n);

	/** The working days after {@code from} up to and including {@code to}. */
	long workingDaysBetween(LocalDate from, LocalDate to);
}
