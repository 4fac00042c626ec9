package org.govict.personnel;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The retirement age (tuổi nghỉ hưu) of a person in normal working conditions, and when they reach it.
 * <p>
 * Labour Code 2019, article 169, and Decree 135/2020/ND-CP, article 4: from 2021 the age is 60 years 3 months for men
 * and 55 years 4 months for women, then rises each year by 3 months for men until 62 in 2028 and by 4 months for
 * women until 60 in 2035. The age that applies is the one of the calendar year in which the person reaches it, which
 * is how the decree's appendix II pairs months of birth with ages (a man born in 01/1961 reaches 60 years 3 months
 * in 04/2021; one born in 10/1961 would reach it in 01/2022, so the 2022 age of 60 years 6 months applies and he
 * reaches it in 04/2022). Whoever reached the former ages of 60 (men) and 55 (women) before 2021 keeps them.
 * <p>
 * Decree 135/2020/ND-CP, article 3(1): the time of retirement is the end of the last day of the month in which the
 * person reaches the retirement age; the pension is paid from the first day of the next month (the column "thời
 * điểm hưởng lương hưu" of appendix II).
 * <p>
 * Early and late retirement (articles 5 and 6: heavy or dangerous work, disadvantaged areas, some experts and
 * leaders) are not covered here.
 *
 * @param age the age at which the person retires
 * @param reachedIn the month in which they reach it
 */
public record RetirementAge(Period age, YearMonth reachedIn) {

	private static final int FIRST_YEAR_OF_ROADMAP = 2021;

	/** The retirement age of a person of that sex born on that day. */
	public static RetirementAge of(Sex sex, LocalDate birthDate) {
		Objects.requireNonNull(sex, "sex");
		YearMonth born = YearMonth.from(birthDate);
		YearMonth reachedFormerAge = born.plusMonths(formerMonths(sex));
		if (reachedFormerAge.getYear() < FIRST_YEAR_OF_ROADMAP) {
			return new RetirementAge(ofMonths(formerMonths(sex)), reachedFormerAge);
		}
		for (int year = FIRST_YEAR_OF_ROADMAP;; year++) {
			int months = roadmapMonths(sex, year);
			YearMonth reached = born.plusMonths(months);
			if (reached.getYear() <= year) {
				return new RetirementAge(ofMonths(months), reached);
			}
		}
	}

	/** The retirement age that the roadmap sets for a calendar year; before 2021, the former 60 and 55. */
	public static Period inYear(Sex sex, int year) {
		return ofMonths(year < FIRST_YEAR_OF_ROADMAP ? formerMonths(sex) : roadmapMonths(sex, year));
	}

	/** The day at whose end the person retires: the last day of the month in which they reach the age. */
	public static LocalDate retirementDate(Sex sex, LocalDate birthDate) {
		return of(sex, birthDate).retirementDate();
	}

	/** The last day of the month in which the person reaches the age; they retire at its end. */
	public LocalDate retirementDate() {
		return reachedIn.atEndOfMonth();
	}

	/** The first day of the month after: the first day in retirement, from which the pension is paid. */
	public LocalDate pensionFrom() {
		return reachedIn.plusMonths(1).atDay(1);
	}

	private static int formerMonths(Sex sex) {
		return sex == Sex.MALE ? 60 * 12 : 55 * 12;
	}

	private static int roadmapMonths(Sex sex, int year) {
		int yearsIntoRoadmap = year - FIRST_YEAR_OF_ROADMAP + 1;
		return sex == Sex.MALE ? Math.min(60 * 12 + 3 * yearsIntoRoadmap, 62 * 12)
				: Math.min(55 * 12 + 4 * yearsIntoRoadmap, 60 * 12);
	}

	private static Period ofMonths(int months) {
		return Period.ofMonths(months).normalized();
	}

}
