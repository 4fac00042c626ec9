package org.govict.personnel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The coefficients one step of a salary grade has had. A new coefficient never overwrites the old one: the old
 * period ends the day before the new one starts, so that a salary decided on a past date is still computed with
 * the coefficient of that date.
 */
public final class CoefficientHistory {

	private final List<SalaryStep> periods;

	public CoefficientHistory(List<SalaryStep> periods) {
		this.periods = periods.stream().sorted(Comparator.comparing(SalaryStep::validFrom)).toList();
	}

	public Optional<BigDecimal> asOf(LocalDate day) {
		return periods.stream().filter(p -> p.appliesOn(day)).map(SalaryStep::coefficient).findFirst();
	}

	public Optional<SalaryStep> current() {
		return periods.stream().filter(SalaryStep::isCurrent).findFirst();
	}

	/**
	 * The change that sets {@code coefficient} from {@code from}: the current period closed on the day before,
	 * and the new open period. A new coefficient may only start after the current one did, since the past is
	 * rewritten by no one.
	 */
	public Change change(String gradeCode, int step, BigDecimal coefficient, LocalDate from) {
		Optional<SalaryStep> current = current();
		if (current.isPresent() && !from.isAfter(current.get().validFrom())) {
			throw new IllegalArgumentException("A new coefficient must start after " + current.get().validFrom());
		}
		SalaryStep next = new SalaryStep(gradeCode, step, coefficient, from, null);
		return new Change(current.map(c -> c.endingOn(from.minusDays(1))).orElse(null), next);
	}

	/** The current period as it is closed ({@code null} for a new step), and the period that follows it. */
	public record Change(SalaryStep closed, SalaryStep opened) {
	}
}
