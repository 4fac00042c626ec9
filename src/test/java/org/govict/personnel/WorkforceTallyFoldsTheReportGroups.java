package org.govict.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The BM01 fold: demography keys, packed sums, age bands and the retirement limit, without a database. */
class WorkforceTallyFoldsTheReportGroups {

	static BigInteger packed(long first, long second, long third) {
		return BigInteger.valueOf(first)
			.add(BigInteger.valueOf(second).shiftLeft(21))
			.add(BigInteger.valueOf(third).shiftLeft(42));
	}

	static List<BigInteger> sums(long... fields) {
		List<BigInteger> sums = new ArrayList<>();
		for (int i = 0; i < 21; i += 3) {
			sums.add(packed(fields[i], fields[i + 1], fields[i + 2]));
		}
		return sums;
	}

	@Test
	void aGroupOfWomenInTheirThirtiesCountsInEveryColumnTheirSumsSay() {
		WorkforceTally tally = new WorkforceTally();
		// 40 women aged 30-34, Party members; 3 A3, 20 A1, 2 doctors, 5 masters, 30 bachelors, 1 ethnic minority.
		tally.add(WorkforceTally.demography(Sex.FEMALE, AgeBand.FROM_30_TO_34, false, true), 40,
				sums(3, 0, 20, 0, 0, 0, 2, 5, 30, 4, 6, 8, 1, 2, 3, 4, 10, 11, 12, 13, 1));
		assertThat(tally.count(WorkforceColumn.TOTAL)).isEqualTo(40);
		assertThat(tally.count(WorkforceColumn.WOMEN)).isEqualTo(40);
		assertThat(tally.count(WorkforceColumn.PARTY_MEMBERS)).isEqualTo(40);
		assertThat(tally.count(WorkforceColumn.RANK_A3)).isEqualTo(3);
		assertThat(tally.count(WorkforceColumn.RANK_A1)).isEqualTo(20);
		assertThat(tally.count(WorkforceColumn.DOCTORATE)).isEqualTo(2);
		assertThat(tally.count(WorkforceColumn.MASTER)).isEqualTo(5);
		assertThat(tally.count(WorkforceColumn.BACHELOR)).isEqualTo(30);
		assertThat(tally.count(WorkforceColumn.OTHER_DEGREE)).isEqualTo(3);
		assertThat(tally.count(WorkforceColumn.THEORY_ELEMENTARY)).isEqualTo(8);
		assertThat(tally.count(WorkforceColumn.MANAGEMENT_CS)).isEqualTo(4);
		assertThat(tally.count(WorkforceColumn.IT_CERTIFICATE)).isEqualTo(11);
		assertThat(tally.count(WorkforceColumn.LANGUAGE_CERTIFICATE)).isEqualTo(13);
		assertThat(tally.count(WorkforceColumn.ETHNIC_MINORITIES)).isEqualTo(1);
		assertThat(tally.count(WorkforceColumn.AGE_30_TO_50)).isEqualTo(40);
		assertThat(tally.pyramid(Sex.FEMALE, AgeBand.FROM_30_TO_34)).isEqualTo(40);
	}

	@Test
	void theAgeColumnsPartitionTheTotal() {
		WorkforceTally tally = new WorkforceTally();
		List<BigInteger> none = sums(new long[21]);
		tally.add(WorkforceTally.demography(Sex.MALE, AgeBand.UNDER_25, false, false), 5, none);
		tally.add(WorkforceTally.demography(Sex.MALE, AgeBand.FROM_45_TO_50, false, false), 7, none);
		tally.add(WorkforceTally.demography(Sex.MALE, AgeBand.FROM_56_TO_60, false, false), 11, none);
		tally.add(WorkforceTally.demography(Sex.FEMALE, AgeBand.FROM_51_TO_55, false, false), 13, none);
		tally.add(WorkforceTally.demography(Sex.FEMALE, AgeBand.FROM_56_TO_60, true, false), 17, none);
		assertThat(tally.count(WorkforceColumn.AGE_UNDER_30)).isEqualTo(5);
		assertThat(tally.count(WorkforceColumn.AGE_30_TO_50)).isEqualTo(7);
		assertThat(tally.count(WorkforceColumn.AGE_OVER_50_MEN)).isEqualTo(11);
		assertThat(tally.count(WorkforceColumn.AGE_OVER_50_WOMEN)).isEqualTo(13);
		assertThat(tally.count(WorkforceColumn.PAST_RETIREMENT_AGE)).isEqualTo(17);
		assertThat(tally.count(WorkforceColumn.AGE_UNDER_30) + tally.count(WorkforceColumn.AGE_30_TO_50)
				+ tally.count(WorkforceColumn.AGE_OVER_50_MEN) + tally.count(WorkforceColumn.AGE_OVER_50_WOMEN)
				+ tally.count(WorkforceColumn.PAST_RETIREMENT_AGE)).isEqualTo(tally.count(WorkforceColumn.TOTAL));
		assertThat(tally.count(WorkforceColumn.OTHER_DEGREE)).isEqualTo(53);
	}

	@Test
	void aGroupTooLargeForItsCountersIsRefusedRatherThanMisread() {
		assertThatThrownBy(() -> new WorkforceTally().add(0, 1L << 21, sums(new long[21])))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void theBirthLimitsOfTheBandsAgreeWithAgeInFullYears() {
		LocalDate day = LocalDate.of(2026, 2, 28);
		LocalDate[] limits = AgeBand.birthLimits(day);
		for (LocalDate birth = LocalDate.of(1955, 1, 1); birth.isBefore(LocalDate.of(2005, 1, 1)); birth = birth
			.plusDays(13)) {
			int bucket = 0;
			while (bucket < limits.length && !birth.isBefore(limits[bucket])) {
				bucket++;
			}
			int age = Period.between(birth, day).getYears();
			assertThat(AgeBand.ofBucket(bucket)).as("born " + birth).isEqualTo(AgeBand.ofAge(age));
		}
	}

	@Test
	void whoeverIsBornBeforeTheRetirementLimitIsPastTheRetirementAgeAndNobodyElse() {
		for (LocalDate day : List.of(LocalDate.of(2020, 6, 15), LocalDate.of(2026, 11, 23), LocalDate.of(2031, 1, 1))) {
			for (Sex sex : Sex.values()) {
				LocalDate limit = PersonnelReports.pastRetirementBirthLimit(sex, day);
				for (YearMonth born = YearMonth.of(1955, 1); born.isBefore(YearMonth.of(1980, 1)); born = born
					.plusMonths(1)) {
					boolean past = day.isAfter(RetirementAge.retirementDate(sex, born.atDay(15)));
					assertThat(born.atDay(15).isBefore(limit)).as(sex + " born " + born + " on " + day).isEqualTo(past);
				}
			}
		}
	}
}
