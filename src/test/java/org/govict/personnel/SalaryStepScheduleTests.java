package org.govict.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SalaryStepScheduleTests {

	@Test
	void anA1OfficerAtStep3Since2023IsDueInQ1Of2026() {
		LocalDate since = LocalDate.of(2023, 2, 1);

		assertThat(SalaryStepSchedule.nextStepDate("A1", 3, 9, since)).contains(LocalDate.of(2026, 2, 1));
		assertThat(SalaryStepSchedule.dueInQuarter("A1", 3, 9, since, YearQuarter.of(2026, 1))).isTrue();
		assertThat(SalaryStepSchedule.dueInQuarter("A1", 3, 9, since, 2026, 1)).isTrue();
	}

	@Test
	void anA1OfficerAtStep3Since2023IsNotDueInTheQuartersAround() {
		LocalDate since = LocalDate.of(2023, 2, 1);

		assertThat(SalaryStepSchedule.dueInQuarter("A1", 3, 9, since, 2025, 4)).isFalse();
		assertThat(SalaryStepSchedule.dueInQuarter("A1", 3, 9, since, 2026, 2)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "A0", "A1", "A2.1", "A2.2", "A3.1", "A3.2", " a1 " })
	void everyAGradeWaitsThreeYearsForAStep(String grade) {
		assertThat(SalaryStepSchedule.nextStepDate(grade, 1, 6, LocalDate.of(2024, 7, 1))).contains(LocalDate.of(2027, 7, 1));
	}

	@ParameterizedTest
	@ValueSource(strings = { "B", "C1", "C2", "C3" })
	void theBAndCGradesWaitTwoYearsForAStep(String grade) {
		assertThat(SalaryStepSchedule.nextStepDate(grade, 4, 12, LocalDate.of(2024, 7, 1))).contains(LocalDate.of(2026, 7, 1));
	}

	@Test
	void aBClerkWhoMovedUpOnTheLastDayOfAQuarterIsDueOnTheLastDayTwoYearsLater() {
		LocalDate since = LocalDate.of(2024, 3, 31);

		assertThat(SalaryStepSchedule.dueInQuarter("B", 2, 12, since, 2026, 1)).isTrue();
		assertThat(SalaryStepSchedule.dueInQuarter("B", 2, 12, since, 2026, 2)).isFalse();
	}

	@Test
	void aStepTakenOnTheTwentyNinthOfFebruaryFallsDueOnTheTwentyEighth() {
		assertThat(SalaryStepSchedule.nextStepDate("C1", 5, 12, LocalDate.of(2024, 2, 29))).contains(LocalDate.of(2026, 2, 28));
	}

	@Test
	void anOfficerOneStepBelowTheTopIsStillDueTheTopStep() {
		assertThat(SalaryStepSchedule.nextStepDate("A2.1", 7, 8, LocalDate.of(2023, 10, 1))).contains(LocalDate.of(2026, 10, 1));
	}

	@Test
	void anOfficerAtTheTopStepHasNoNextStepAndIsNeverDue() {
		assertThat(SalaryStepSchedule.nextStepDate("A1", 9, 9, LocalDate.of(2020, 1, 1))).isEmpty();
		assertThat(SalaryStepSchedule.dueInQuarter("A1", 9, 9, LocalDate.of(2020, 1, 1), 2023, 1)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "D1", "01.003", "K" })
	void aGradeCodeThatIsNotAnABOrCGradeIsRefused(String grade) {
		assertRefused(() -> SalaryStepSchedule.nextStepDate(grade, 1, 9, LocalDate.of(2024, 1, 1)),
				"personnel.salary.unknownGrade", grade);
	}

	@Test
	void aMissingGradeCodeIsRefused() {
		assertRefused(() -> SalaryStepSchedule.nextStepDate(null, 1, 9, LocalDate.of(2024, 1, 1)),
				"personnel.salary.unknownGrade", "");
	}

	@Test
	void aStepAboveTheTopOfTheGradeIsRefused() {
		assertRefused(() -> SalaryStepSchedule.nextStepDate("A1", 10, 9, LocalDate.of(2024, 1, 1)),
				"personnel.salary.stepOutOfRange", 10, 9);
	}

	@Test
	void stepZeroIsRefused() {
		assertRefused(() -> SalaryStepSchedule.nextStepDate("B", 0, 12, LocalDate.of(2024, 1, 1)),
				"personnel.salary.stepOutOfRange", 0, 12);
	}

	@Test
	void anAOfficerAtTheTopStepGetsNoSeniorAllowanceBeforeThreeYears() {
		LocalDate top = LocalDate.of(2022, 5, 1);

		assertThat(SalaryStepSchedule.seniorityAllowancePercent("A1", top, LocalDate.of(2025, 4, 30))).isZero();
		assertThat(SalaryStepSchedule.seniorityAllowancePercent("A1", top, LocalDate.of(2022, 5, 1))).isZero();
	}

	@Test
	void anAOfficerGetsFivePercentAfterThreeYearsAtTheTopAndOneMoreEachYear() {
		LocalDate top = LocalDate.of(2022, 5, 1);

		assertThat(SalaryStepSchedule.seniorityAllowanceFrom("A1", top)).isEqualTo(LocalDate.of(2025, 5, 1));
		assertThat(SalaryStepSchedule.seniorityAllowancePercent("A1", top, LocalDate.of(2025, 5, 1))).isEqualTo(5);
		assertThat(SalaryStepSchedule.seniorityAllowancePercent("A1", top, LocalDate.of(2026, 4, 30))).isEqualTo(5);
		assertThat(SalaryStepSchedule.seniorityAllowancePercent("A1", top, LocalDate.of(2026, 5, 1))).isEqualTo(6);
		assertThat(SalaryStepSchedule.seniorityAllowancePercent("A3.1", top, LocalDate.of(2032, 5, 1))).isEqualTo(12);
	}

	@Test
	void aCStaffMemberGetsFivePercentAfterTwoYearsAtTheTopAndOneMoreEachYear() {
		LocalDate top = LocalDate.of(2022, 5, 1);

		assertThat(SalaryStepSchedule.seniorityAllowanceFrom("C1", top)).isEqualTo(LocalDate.of(2024, 5, 1));
		assertThat(SalaryStepSchedule.seniorityAllowancePercent("C1", top, LocalDate.of(2024, 4, 30))).isZero();
		assertThat(SalaryStepSchedule.seniorityAllowancePercent("C1", top, LocalDate.of(2024, 5, 1))).isEqualTo(5);
		assertThat(SalaryStepSchedule.seniorityAllowancePercent("B", top, LocalDate.of(2027, 5, 1))).isEqualTo(8);
	}

	@Test
	void noAllowanceIsOwedForADayBeforeTheTopStep() {
		assertThat(SalaryStepSchedule.seniorityAllowancePercent("B", LocalDate.of(2022, 5, 1), LocalDate.of(2020, 1, 1))).isZero();
	}

	@Test
	void theAllowanceOfAnUnknownGradeIsRefused() {
		assertRefused(() -> SalaryStepSchedule.seniorityAllowancePercent("X", LocalDate.of(2022, 5, 1), LocalDate.of(2026, 1, 1)),
				"personnel.salary.unknownGrade", "X");
	}

	@Test
	void aQuarterRunsFromItsFirstToItsLastDay() {
		YearQuarter q3 = YearQuarter.of(2026, 3);

		assertThat(q3.firstDay()).isEqualTo(LocalDate.of(2026, 7, 1));
		assertThat(q3.lastDay()).isEqualTo(LocalDate.of(2026, 9, 30));
		assertThat(q3.contains(LocalDate.of(2026, 6, 30))).isFalse();
		assertThat(q3.contains(LocalDate.of(2026, 10, 1))).isFalse();
		assertThat(YearQuarter.containing(LocalDate.of(2026, 12, 31))).isEqualTo(YearQuarter.of(2026, 4));
		assertThat(YearQuarter.containing(LocalDate.of(2026, 1, 1))).hasToString("Q1/2026");
	}

	@Test
	void thereIsNoFifthQuarter() {
		assertThatIllegalArgumentException().isThrownBy(() -> YearQuarter.of(2026, 5));
		assertThatIllegalArgumentException().isThrownBy(() -> YearQuarter.of(2026, 0));
	}

	private static void assertRefused(ThrowingCallable call, String key, Object... arguments) {
		assertThatThrownBy(call).isInstanceOfSatisfying(PersonnelRuleViolation.class, violation -> {
			assertThat(violation.refusal().messageKey()).isEqualTo(key);
			assertThat(violation.refusal().arguments()).containsExactly(arguments);
		});
	}

}
