package org.govict.personnel;

import java.time.LocalDate;

/** A quarter of a calendar year (quý), the period by which HR officers review salary steps. */
public record YearQuarter(int year, int quarter) {

	public YearQuarter {
		if (quarter < 1 || quarter > 4) {
			throw new IllegalArgumentException("a year has quarters 1 to 4, not " + quarter);
		}
	}

	public static YearQuarter of(int year, int quarter) {
		return new YearQuarter(year, quarter);
	}

	/** The quarter a day falls in. */
	public static YearQuarter containing(LocalDate day) {
		return new YearQuarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
	}

	public LocalDate firstDay() {
		return LocalDate.of(year, quarter * 3 - 2, 1);
	}

	public LocalDate lastDay() {
		return firstDay().plusMonths(3).minusDays(1);
	}

	public boolean contains(LocalDate day) {
		return !day.isBefore(firstDay()) && !day.isAfter(lastDay());
	}

	@Override
	public String toString() {
		return "Q" + quarter + "/" + year;
	}

}
