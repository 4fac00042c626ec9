package org.govict.personnel;

import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.Optional;

/**
 * When a civil servant or public employee moves up a salary step (bậc lương), and the senior allowance of those
 * already at the top step of their grade.
 * <p>
 * Regular step raises (nâng bậc lương thường xuyên), Circular 08/2013/TT-BNV as amended by Circular 03/2021/TT-BNV:
 * a step after 36 months (3 years) in the current step for the grades that require college education or more (the
 * A grades of Decree 204/2004/ND-CP: A3.1, A3.2, A2.1, A2.2, A1, A0), after 24 months (2 years) for the B and C
 * grades. Months that do not count (unpaid leave, suspension, detention) and the delays of a disciplinary sanction
 * push the date back, and outstanding results bring it forward; those are decisions recorded one by one, not
 * computed here.
 * <p>
 * Senior allowance (phụ cấp thâm niên vượt khung), Circular 04/2005/TT-BNV: whoever has been at the top step of
 * their grade for 3 years (A grades) or 2 years (B and C) gets 5% of the top step's salary, and one percent more
 * for each following full year.
 */
public final class SalaryStepSchedule {

	private SalaryStepSchedule() {
	}

	/**
	 * The day the next step is due, or empty at the top step of the grade (where the senior allowance takes over).
	 * @throws PersonnelRuleViolation when the grade code is not an A, B or C grade, or the step is not one of the grade
	 */
	public static Optional<LocalDate> nextStepDate(String gradeCode, int currentStep, int maxStep,
			LocalDate currentStepSince) {
		Period interval = yearsPerStep(gradeCode);
		if (maxStep < 1 || currentStep < 1 || currentStep > maxStep) {
			throw new PersonnelRuleViolation(Refusal.of("personnel.salary.stepOutOfRange", currentStep, maxStep));
		}
		if (currentStep == maxStep) {
			return Optional.empty();
		}
		return Optional.of(currentStepSince.plus(interval));
	}

	/** Whether the next step falls due in the quarter; the quarterly list of raises is made of those who do. */
	public static boolean dueInQuarter(String gradeCode, int currentStep, int maxStep, LocalDate currentStepSince,
			YearQuarter quarter) {
		return nextStepDate(gradeCode, currentStep, maxStep, currentStepSince).filter(quarter::contains).isPresent();
	}

	public static boolean dueInQuarter(String gradeCode, int currentStep, int maxStep, LocalDate currentStepSince,
			int year, int quarter) {
		return dueInQuarter(gradeCode, currentStep, maxStep, currentStepSince, YearQuarter.of(year, quarter));
	}

	/** The day from which someone at the top step since {@code topStepSince} gets the first 5%. */
	public static LocalDate seniorityAllowanceFrom(String gradeCode, LocalDate topStepSince) {
		return topStepSince.plus(yearsPerStep(gradeCode));
	}

	/**
	 * The senior allowance in percent of the top step's salary on a day: 0 before 3 (A) or 2 (B, C) full years at
	 * the top step, then 5, and one more for each further full year.
	 */
	public static int seniorityAllowancePercent(String gradeCode, LocalDate topStepSince, LocalDate asOf) {
		int yearsBefore = yearsPerStep(gradeCode).getYears();
		if (asOf.isBefore(topStepSince)) {
			return 0;
		}
		int fullYears = Period.between(topStepSince, asOf).getYears();
		return fullYears < yearsBefore ? 0 : 5 + fullYears - yearsBefore;
	}

	private static Period yearsPerStep(String gradeCode) {
		String code = gradeCode == null ? "" : gradeCode.strip().toUpperCase(Locale.ROOT);
		if (code.startsWith("A")) {
			return Period.ofYears(3);
		}
		if (code.startsWith("B") || code.startsWith("C")) {
			return Period.ofYears(2);
		}
		throw new PersonnelRuleViolation(Refusal.of("personnel.salary.unknownGrade", gradeCode == null ? "" : gradeCode));
	}

}
