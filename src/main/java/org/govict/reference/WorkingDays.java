package org.govict.reference;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/**
 * The working-day rules (ngày làm việc): Monday to Friday work unless the calendar lists the date as a holiday
 * or day off; Saturday and Sunday rest unless it lists the date as a make-up working day. A deadline "within N
 * working days" from a date counts the working days after it, never the date itself.
 */
final class WorkingDays {

	/** Far beyond any legal time limit; stops a calendar with no working days from looping for ever. */
	static final int MAX_DAYS = 3650;

	private final Map<LocalDate, DayKind> listed;

	WorkingDays(Map<LocalDate, DayKind> listed) {
		this.listed = Map.copyOf(listed);
	}

	static boolean isWeekend(LocalDate day) {
		DayOfWeek weekday = day.getDayOfWeek();
		return weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
	}

	/**
	 * Whether the kind may be listed on that date. A weekday is a working day already, so listing it as WORKING
	 * would say nothing; a holiday falling on a weekend is listed all the same, as the law names it.
	 */
	static boolean allows(LocalDate day, DayKind kind) {
		return !(kind == DayKind.WORKING && !isWeekend(day));
	}

	boolean isWorkingDay(LocalDate day) {
		DayKind kind = listed.get(day);
		if (kind != null) {
			return kind.isWorking();
		}
		return !isWeekend(day);
	}

	LocalDate addWorkingDays(LocalDate start, int n) {
		if (n < 0 || n > MAX_DAYS) {
			throw new IllegalArgumentException("Working days must be between 0 and " + MAX_DAYS + ": " + n);
		}
		LocalDate day = start;
		int counted = 0;
		while (counted < n) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

	/** The working days after {@code from} up to and including {@code to}; negative when {@code to} comes first. */
	long between(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			return -between(to, from);
		}
		long count = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}
}
