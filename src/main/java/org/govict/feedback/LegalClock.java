package org.govict.feedback;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.govict.platform.web.RuleViolationException;

/**
 * The clock of a case's legal deadline. A time limit runs from the day after its start, in working or calendar
 * days as its rule says, longer for complex cases and remote areas. Each extension adds the rule's extension days,
 * no more often than the rule allows. While the desk waits for the sender the clock stops: when it runs again the
 * deadline moves on by the days waited, counted the way the rule counts.
 */
public final class LegalClock {

	/** A time the clock stood still: from the day the desk asked the sender, to the day the sender answered. */
	public record Pause(LocalDate from, LocalDate to) {
	}

	private final DayCount days;

	public LegalClock(DayCount days) {
		this.days = days;
	}

	public LocalDate deadline(DeadlineRule rule, LocalDate start, boolean complex, boolean remote) {
		return deadline(rule, start, complex, remote, 0, List.of());
	}

	/** The deadline after {@code extensions} extensions and the pauses that began on or after the start. */
	public LocalDate deadline(DeadlineRule rule, LocalDate start, boolean complex, boolean remote, int extensions,
			List<Pause> pauses) {
		LocalDate due = add(rule.counting(), start, rule.daysFor(complex, remote));
		int allowed = rule.allowsExtension() ? Math.min(extensions, rule.maxExtensions()) : 0;
		for (int i = 0; i < allowed; i++) {
			due = add(rule.counting(), due, rule.extensionDays());
		}
		for (Pause pause : pauses) {
			if (!pause.from().isBefore(start)) {
				due = resumed(rule.counting(), due, pause.from(), pause.to());
			}
		}
		return due;
	}

	/**
	 * Refuses one more extension where the rule allows none, or no more.
	 * @throws RuleViolationException with the reason
	 */
	public static void requireExtensionAllowed(DeadlineRule rule, int extensionsSoFar) {
		if (!rule.allowsExtension()) {
			throw new RuleViolationException("feedback.extend.notAllowed");
		}
		if (extensionsSoFar >= rule.maxExtensions()) {
			throw new RuleViolationException("feedback.extend.noMore", rule.maxExtensions());
		}
	}

	/** The deadline once the clock, stopped on {@code stoppedOn}, runs again on {@code resumedOn}. */
	public LocalDate resumed(Counting counting, LocalDate due, LocalDate stoppedOn, LocalDate resumedOn) {
		if (due == null || !resumedOn.isAfter(stoppedOn)) {
			return due;
		}
		if (counting == Counting.WORKING_DAYS) {
			return days.addWorkingDays(due, (int) days.workingDaysBetween(stoppedOn, resumedOn));
		}
		return due.plusDays(ChronoUnit.DAYS.between(stoppedOn, resumedOn));
	}

	/** Whether a deadline has passed on {@code today}; a stopped clock never runs late. */
	public static boolean isOverdue(LocalDate due, LocalDate today, boolean stopped) {
		return due != null && !stopped && today.isAfter(due);
	}

	private LocalDate add(Counting counting, LocalDate start, int n) {
		return counting == Counting.WORKING_DAYS ? days.addWorkingDays(start, n) : start.plusDays(n);
	}
}
