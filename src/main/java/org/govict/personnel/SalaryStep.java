package org.govict.personnel;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A salary step (bậc lương) of a grade and its coefficient (hệ số lương) over the period it applied: from
 * {@code validFrom} to {@code validTo} inclusive, or to this day when {@code validTo} is empty.
 */
public record SalaryStep(String gradeCode, int step, BigDecimal coefficient, LocalDate validFrom, LocalDate validTo) {

	public boolean appliesOn(LocalDate day) {
		return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
	}

	public boolean isCurrent() {
		return validTo == null;
	}

	SalaryStep endingOn(LocalDate lastDay) {
		return new SalaryStep(gradeCode, step, coefficient, validFrom, lastDay);
	}
}
