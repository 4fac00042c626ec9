package org.govict.feedback;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** Monday to Friday work, except the holidays given: the working calendar without the database. */
record WeekendCalendar(Set<LocalDate> holidays) implements DayCount {

	WeekendCalendar() {
		this(Set.of());
	}

	boolean works(LocalDate day) {
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
				&& !holidays.contains(day);
	}

	@Override
	public LocalDate addWorkingDays(LocalDate start, int n) {
		LocalDate day = start;
		for (int counted = 0; counted < n;) {
			day = day.plusDays(1);
			if (works(day)) {
				counted++;
			}
		}
		return day;
	}

	@Override
	public long workingDaysBetween(LocalDate from, LocalDate to) {
		long count = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (works(day)) {
				count++;
			}
		}
		return count;
	}

	static DeadlineRule rule(CaseKind kind, Stage stage, int days, Counting counting, Integer complex, Integer remote,
			Integer remoteComplex, Integer extension, int maxExtensions) {
		return new DeadlineRule(kind, stage, days, counting,
				stage == Stage.ACCEPT || stage == Stage.FORWARD ? CountedFrom.RECEIVED : CountedFrom.ACCEPTED, complex,
				remote, remoteComplex, extension, maxExtensions, null, null, null);
	}
}
