package org.govict.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalIdNumberTests {

	@Test
	void aHanoiManBornIn1999IsReadFromHisNumber() {
		PersonalIdNumber id = PersonalIdNumber.parse("001099012345");

		assertThat(id.value()).isEqualTo("001099012345");
		assertThat(id.provinceCode()).isEqualTo("001");
		assertThat(id.provinceName()).isEqualTo("Hà Nội");
		assertThat(id.sex()).isEqualTo(Sex.MALE);
		assertThat(id.birthYear()).isEqualTo(1999);
	}

	@Test
	void aWomanFromHoChiMinhCityBornIn2003HasCenturyDigit3() {
		PersonalIdNumber id = PersonalIdNumber.parse("079303001234");

		assertThat(id.provinceName()).isEqualTo("Hồ Chí Minh");
		assertThat(id.sex()).isEqualTo(Sex.FEMALE);
		assertThat(id.birthYear()).isEqualTo(2003);
	}

	@ParameterizedTest(name = "century digit {0} is a {1} born in {2}")
	@CsvSource({ "0, MALE, 1945", "1, FEMALE, 1945", "2, MALE, 2045", "3, FEMALE, 2045", "4, MALE, 2145",
			"5, FEMALE, 2145", "6, MALE, 2245", "7, FEMALE, 2245", "8, MALE, 2345", "9, FEMALE, 2345" })
	void theFourthDigitGivesCenturyAndSex(int digit, Sex sex, int year) {
		PersonalIdNumber id = PersonalIdNumber.parse("038" + digit + "45000777");

		assertThat(id.sex()).isEqualTo(sex);
		assertThat(id.birthYear()).isEqualTo(year);
	}

	@Test
	void spacesAroundTheNumberAreDropped() {
		assertThat(PersonalIdNumber.parse("  001099012345\t")).isEqualTo(PersonalIdNumber.parse("001099012345"));
		assertThat(PersonalIdNumber.parse("\u00A0001099012345\u00A0").value()).isEqualTo("001099012345");
	}

	@Test
	void theNumberPrintsAsItsTwelveDigits() {
		assertThat(PersonalIdNumber.parse("096185000001")).hasToString("096185000001");
	}

	@Test
	void anEmptyNumberIsRefusedAsMissing() {
		assertRefused(() -> PersonalIdNumber.parse("   "), "personnel.id.blank");
		assertRefused(() -> PersonalIdNumber.parse(null), "personnel.id.blank");
	}

	@ParameterizedTest
	@ValueSource(strings = { "00109901234", "0010990123456", "001099", "001 099 012345" })
	void aNumberOfAnotherLengthIsRefusedWithItsLength(String text) {
		assertRefused(() -> PersonalIdNumber.parse(text), "personnel.id.wrongLength", text.length());
	}

	@ParameterizedTest
	@ValueSource(strings = { "00109901234A", "001-99012345", "００１０９９０１２３４５" })
	void lettersSignsAndWideDigitsAreRefused(String text) {
		assertRefused(() -> PersonalIdNumber.parse(text), "personnel.id.notDigits");
	}

	@ParameterizedTest
	@ValueSource(strings = { "000", "003", "016", "050", "097", "100", "999" })
	void aNumberWhoseFirstThreeDigitsAreNoProvinceIsRefused(String code) {
		assertRefused(() -> PersonalIdNumber.parse(code + "099012345"), "personnel.id.unknownProvince", code);
	}

	@Test
	void theSchemeKnowsTheSixtyThreeProvincesBeforeTheMerger() {
		assertThat(PersonalIdNumber.provinceCodes()).hasSize(63)
			.containsEntry("002", "Hà Giang")
			.containsEntry("046", "Thừa Thiên Huế")
			.containsEntry("077", "Bà Rịa - Vũng Tàu")
			.containsEntry("096", "Cà Mau");
		assertThat(PersonalIdNumber.provinceNamed("048")).contains("Đà Nẵng");
		assertThat(PersonalIdNumber.provinceNamed("047")).isEmpty();
	}

	@Test
	void aNumberThatFitsThePersonPassesTheCheck() {
		PersonalIdNumber id = PersonalIdNumber.parse("079303001234");

		assertThat(id.disagreementsWith(Sex.FEMALE, LocalDate.of(2003, 7, 14))).isEmpty();
		id.checkAgainst(Sex.FEMALE, LocalDate.of(2003, 7, 14));
	}

	@Test
	void aWomansNumberOnAMansRecordIsRefusedForTheSex() {
		PersonalIdNumber id = PersonalIdNumber.parse("079303001234");

		assertRefused(() -> id.checkAgainst(Sex.MALE, LocalDate.of(2003, 7, 14)), "personnel.id.sexDigitSaysFemale", 3);
	}

	@Test
	void aMansNumberOnAWomansRecordIsRefusedForTheSex() {
		PersonalIdNumber id = PersonalIdNumber.parse("001099012345");

		assertRefused(() -> id.checkAgainst(Sex.FEMALE, LocalDate.of(1999, 1, 2)), "personnel.id.sexDigitSaysMale", 0);
	}

	@Test
	void aNumberOfThe1900sOnARecordBornIn2003IsRefusedForTheCentury() {
		PersonalIdNumber id = PersonalIdNumber.parse("079103001234");

		assertRefused(() -> id.checkAgainst(Sex.FEMALE, LocalDate.of(2003, 7, 14)), "personnel.id.centuryMismatch", 1,
				1900, 1999, 2003);
	}

	@Test
	void yearDigitsThatDisagreeWithTheBirthYearAreRefused() {
		PersonalIdNumber id = PersonalIdNumber.parse("001085012345");

		assertRefused(() -> id.checkAgainst(Sex.MALE, LocalDate.of(1986, 12, 31)), "personnel.id.birthYearMismatch",
				"85", 1986);
	}

	@Test
	void everyDisagreementIsReportedNotOnlyTheFirst() {
		PersonalIdNumber id = PersonalIdNumber.parse("001085012345");

		assertThat(id.disagreementsWith(Sex.FEMALE, LocalDate.of(2001, 3, 8))).extracting(Refusal::messageKey)
			.containsExactly("personnel.id.sexDigitSaysMale", "personnel.id.centuryMismatch",
					"personnel.id.birthYearMismatch");
		assertThatThrownBy(() -> id.checkAgainst(Sex.FEMALE, LocalDate.of(2001, 3, 8)))
			.isInstanceOfSatisfying(PersonnelRuleViolation.class, violation -> assertThat(violation.refusals()).hasSize(3));
	}

	@Test
	void aNumberThatLostOneLeadingZeroIsRepaired() {
		assertThat(PersonalIdNumber.repair("79303001234").value()).isEqualTo("079303001234");
	}

	@Test
	void aNumberThatLostTwoLeadingZerosIsRepaired() {
		assertThat(PersonalIdNumber.repair(" 1099012345 ").value()).isEqualTo("001099012345");
	}

	@Test
	void aWholeNumberWithAZeroFractionIsRepaired() {
		assertThat(PersonalIdNumber.repair("79303001234.0").value()).isEqualTo("079303001234");
		assertThat(PersonalIdNumber.repair("1099012345,00").value()).isEqualTo("001099012345");
	}

	@Test
	void scientificNotationThatKeepsEveryDigitIsRepaired() {
		assertThat(PersonalIdNumber.repair("7.9303001234E+10").value()).isEqualTo("079303001234");
		assertThat(PersonalIdNumber.repair("1,099012345E+09").value()).isEqualTo("001099012345");
		assertThat(PersonalIdNumber.repair("7.9303001230e10").value()).isEqualTo("079303001230");
	}

	@Test
	void scientificNotationThatRoundedAwayDigitsIsRefused() {
		assertRefused(() -> PersonalIdNumber.repair("7.93E+10"), "personnel.id.digitsLost", "7.93E+10");
		assertRefused(() -> PersonalIdNumber.repair("1.23E+11"), "personnel.id.digitsLost", "1.23E+11");
	}

	@Test
	void scientificNotationOfANumberTooLongOrTooShortIsRefusedForTheLength() {
		assertRefused(() -> PersonalIdNumber.repair("1.2345678901234E+13"), "personnel.id.wrongLength", 14);
		assertRefused(() -> PersonalIdNumber.repair("1.2345678E+8"), "personnel.id.wrongLength", 9);
	}

	@Test
	void anIntactNumberIsLeftAsItIs() {
		assertThat(PersonalIdNumber.repair("096185000001").value()).isEqualTo("096185000001");
	}

	@Test
	void aRepairThatWouldGiveAnUnknownProvinceIsRefused() {
		// 97... padded to 097... is no province: the number was wrong before the spreadsheet touched it
		assertRefused(() -> PersonalIdNumber.repair("97303001234"), "personnel.id.unknownProvince", "097");
	}

	@Test
	void aNumberWithTooFewDigitsToBeRepairedIsRefusedForItsLength() {
		assertRefused(() -> PersonalIdNumber.repair("109901234"), "personnel.id.wrongLength", 9);
	}

	@Test
	void aRepairDoesNotAcceptLetters() {
		assertRefused(() -> PersonalIdNumber.repair("7930300123A"), "personnel.id.wrongLength", 11);
		assertRefused(() -> PersonalIdNumber.repair("07930300123A"), "personnel.id.notDigits");
	}

	private static void assertRefused(ThrowingCallable call, String key, Object... arguments) {
		assertThatThrownBy(call).isInstanceOfSatisfying(PersonnelRuleViolation.class, violation -> {
			assertThat(violation.refusal().messageKey()).isEqualTo(key);
			assertThat(violation.refusal().arguments()).containsExactly(arguments);
		});
	}

}
