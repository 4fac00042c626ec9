package org.govict.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rows of appendix II of Decree 135/2020/ND-CP: month of birth, age, and month from which the pension is paid. */
class RetirementAgeTests {

	@ParameterizedTest(name = "a man born in {0} retires at {1}y{2}m, pension from {3}")
	@CsvSource({
			"1961-01, 60, 3, 2021-05", "1961-09, 60, 3, 2022-01",
			"1961-10, 60, 6, 2022-05", "1962-06, 60, 6, 2023-01",
			"1962-07, 60, 9, 2023-05", "1963-03, 60, 9, 2024-01",
			"1963-04, 61, 0, 2024-05", "1963-12, 61, 0, 2025-01",
			"1964-01, 61, 3, 2025-05", "1964-09, 61, 3, 2026-01",
			"1964-10, 61, 6, 2026-05", "1965-06, 61, 6, 2027-01",
			"1965-07, 61, 9, 2027-05", "1966-03, 61, 9, 2028-01",
			"1966-04, 62, 0, 2028-05", "1970-01, 62, 0, 2032-02" })
	void menFollowTheDecreesTable(YearMonth born, int years, int months, YearMonth pensionFrom) {
		RetirementAge retirement = RetirementAge.of(Sex.MALE, born.atDay(15));

		assertThat(retirement.age()).isEqualTo(Period.of(years, months, 0));
		assertThat(retirement.pensionFrom()).isEqualTo(pensionFrom.atDay(1));
		assertThat(retirement.retirementDate()).isEqualTo(pensionFrom.minusMonths(1).atEndOfMonth());
	}

	@ParameterizedTest(name = "a woman born in {0} retires at {1}y{2}m, pension from {3}")
	@CsvSource({
			"1966-01, 55, 4, 2021-06", "1966-08, 55, 4, 2022-01",
			"1966-09, 55, 8, 2022-06", "1967-04, 55, 8, 2023-01",
			"1967-05, 56, 0, 2023-06", "1967-12, 56, 0, 2024-01",
			"1968-01, 56, 4, 2024-06", "1968-08, 56, 4, 2025-01",
			"1968-09, 56, 8, 2025-06", "1969-04, 56, 8, 2026-01",
			"1969-05, 57, 0, 2026-06", "1970-01, 57, 4, 2027-06",
			"1970-09, 57, 8, 2028-06", "1971-05, 58, 0, 2029-06",
			"1972-01, 58, 4, 2030-06", "1972-09, 58, 8, 2031-06",
			"1973-05, 59, 0, 2032-06", "1974-01, 59, 4, 2033-06",
			"1974-09, 59, 8, 2034-06", "1975-04, 59, 8, 2035-01",
			"1975-05, 60, 0, 2035-06", "1990-01, 60, 0, 2050-02" })
	void womenFollowTheDecreesTable(YearMonth born, int years, int months, YearMonth pensionFrom) {
		RetirementAge retirement = RetirementAge.of(Sex.FEMALE, born.atDay(1));

		assertThat(retirement.age()).isEqualTo(Period.of(years, months, 0));
		assertThat(retirement.pensionFrom()).isEqualTo(pensionFrom.atDay(1));
	}

	@Test
	void aManBornInJanuary1961RetiresAtTheEndOf30April2021() {
		assertThat(RetirementAge.retirementDate(Sex.MALE, LocalDate.of(1961, 1, 20))).isEqualTo(LocalDate.of(2021, 4, 30));
	}

	@Test
	void theDayOfBirthInTheMonthDoesNotMoveTheRetirementDate() {
		assertThat(RetirementAge.retirementDate(Sex.MALE, LocalDate.of(1961, 1, 1))).isEqualTo(LocalDate.of(2021, 4, 30));
		assertThat(RetirementAge.retirementDate(Sex.MALE, LocalDate.of(1961, 1, 31))).isEqualTo(LocalDate.of(2021, 4, 30));
	}

	@Test
	void someoneReachingTheAgeInFebruaryOfALeapYearRetiresAtTheEndOfThe29th() {
		assertThat(RetirementAge.retirementDate(Sex.MALE, LocalDate.of(1970, 2, 10))).isEqualTo(LocalDate.of(2032, 2, 29));
		assertThat(RetirementAge.retirementDate(Sex.FEMALE, LocalDate.of(1976, 2, 29))).isEqualTo(LocalDate.of(2036, 2, 29));
	}

	@Test
	void aManWhoTurned60In2020RetiredAtTheFormerAge() {
		RetirementAge retirement = RetirementAge.of(Sex.MALE, LocalDate.of(1960, 12, 31));

		assertThat(retirement.age()).isEqualTo(Period.ofYears(60));
		assertThat(retirement.reachedIn()).isEqualTo(YearMonth.of(2020, 12));
		assertThat(retirement.pensionFrom()).isEqualTo(LocalDate.of(2021, 1, 1));
	}

	@Test
	void aWomanWhoTurned55In2020RetiredAtTheFormerAge() {
		RetirementAge retirement = RetirementAge.of(Sex.FEMALE, LocalDate.of(1965, 12, 1));

		assertThat(retirement.age()).isEqualTo(Period.ofYears(55));
		assertThat(retirement.retirementDate()).isEqualTo(LocalDate.of(2020, 12, 31));
	}

	@Test
	void aManWhoTurns60InJanuary2021AlreadyWaitsThreeMonthsMore() {
		assertThat(RetirementAge.of(Sex.MALE, LocalDate.of(1961, 1, 1)).reachedIn()).isEqualTo(YearMonth.of(2021, 4));
	}

	@Test
	void theRoadmapRisesByThreeMonthsForMenAndFourForWomenUntilItsEnd() {
		assertThat(RetirementAge.inYear(Sex.MALE, 2020)).isEqualTo(Period.ofYears(60));
		assertThat(RetirementAge.inYear(Sex.MALE, 2021)).isEqualTo(Period.of(60, 3, 0));
		assertThat(RetirementAge.inYear(Sex.MALE, 2024)).isEqualTo(Period.ofYears(61));
		assertThat(RetirementAge.inYear(Sex.MALE, 2027)).isEqualTo(Period.of(61, 9, 0));
		assertThat(RetirementAge.inYear(Sex.MALE, 2028)).isEqualTo(Period.ofYears(62));
		assertThat(RetirementAge.inYear(Sex.MALE, 2040)).isEqualTo(Period.ofYears(62));
		assertThat(RetirementAge.inYear(Sex.FEMALE, 2020)).isEqualTo(Period.ofYears(55));
		assertThat(RetirementAge.inYear(Sex.FEMALE, 2021)).isEqualTo(Period.of(55, 4, 0));
		assertThat(RetirementAge.inYear(Sex.FEMALE, 2023)).isEqualTo(Period.ofYears(56));
		assertThat(RetirementAge.inYear(Sex.FEMALE, 2034)).isEqualTo(Period.of(59, 8, 0));
		assertThat(RetirementAge.inYear(Sex.FEMALE, 2035)).isEqualTo(Period.ofYears(60));
		assertThat(RetirementAge.inYear(Sex.FEMALE, 2050)).isEqualTo(Period.ofYears(60));
	}

	@Test
	void everyoneRetiresAtTheAgeOfTheFirstYearInWhichTheyReachIt() {
		for (Sex sex : Sex.values()) {
			for (LocalDate born = LocalDate.of(1955, 1, 1); born.getYear() < 1985; born = born.plusMonths(1)) {
				RetirementAge retirement = RetirementAge.of(sex, born);
				int year = retirement.reachedIn().getYear();

				assertThat(retirement.age()).as("%s born %s", sex, born).isEqualTo(RetirementAge.inYear(sex, year));
				assertThat(YearMonth.from(born).plus(retirement.age())).isEqualTo(retirement.reachedIn());
				Period agePreviousYear = RetirementAge.inYear(sex, year - 1);
				assertThat(YearMonth.from(born).plus(agePreviousYear).getYear()).as("%s born %s", sex, born)
					.isGreaterThan(year - 1);
			}
		}
	}

}
