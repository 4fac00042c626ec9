package org.govict.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every refusal the rules give can be said in both languages, with its arguments in place. */
class PersonnelMessagesTests {

	@ParameterizedTest
	@CsvSource({ "messages_vi.properties, vi", "messages_en.properties, en" })
	void everyRefusalReadsAsASentenceWithItsArguments(String bundle, String language) throws IOException {
		Properties messages = load(bundle);
		for (Refusal refusal : refusalsOfEveryKind()) {
			String pattern = messages.getProperty(refusal.messageKey());
			assertThat(pattern).as(refusal.messageKey() + " in " + bundle).isNotBlank();

			String text = new MessageFormat(pattern, Locale.forLanguageTag(language)).format(refusal.arguments().toArray());

			assertThat(text).as(refusal.messageKey()).doesNotContain("{", "}", "''");
			for (Object argument : refusal.arguments()) {
				assertThat(text).as(refusal.messageKey()).contains(String.valueOf(argument));
			}
		}
	}

	@ParameterizedTest
	@CsvSource({ "messages_vi.properties, 62 tuổi, 60 tuổi 3 tháng", "messages_en.properties, 62 years, 60 years 3 months" })
	void aRetirementAgeReadsInYearsAndMonths(String bundle, String years, String yearsAndMonths) throws IOException {
		Properties messages = load(bundle);

		assertThat(MessageFormat.format(messages.getProperty("personnel.retirement.age.years"), 62)).isEqualTo(years);
		assertThat(MessageFormat.format(messages.getProperty("personnel.retirement.age.yearsAndMonths"), 60, 3))
			.isEqualTo(yearsAndMonths);
	}

	private static List<Refusal> refusalsOfEveryKind() {
		List<Refusal> refusals = new ArrayList<>();
		refusals.add(refusalOf(() -> PersonalIdNumber.parse("")));
		refusals.add(refusalOf(() -> PersonalIdNumber.parse("0010990123")));
		refusals.add(refusalOf(() -> PersonalIdNumber.parse("00109901234x")));
		refusals.add(refusalOf(() -> PersonalIdNumber.parse("003099012345")));
		refusals.add(refusalOf(() -> PersonalIdNumber.repair("1.1E+9")));
		refusals.addAll(PersonalIdNumber.parse("001085012345").disagreementsWith(Sex.FEMALE, LocalDate.of(2001, 3, 8)));
		refusals.addAll(PersonalIdNumber.parse("001185012345").disagreementsWith(Sex.MALE, LocalDate.of(1985, 3, 8)));
		refusals.add(refusalOf(() -> SalaryStepSchedule.nextStepDate("D", 1, 2, LocalDate.of(2024, 1, 1))));
		refusals.add(refusalOf(() -> SalaryStepSchedule.nextStepDate("A1", 3, 2, LocalDate.of(2024, 1, 1))));
		assertThat(refusals).extracting(Refusal::messageKey)
			.containsExactlyInAnyOrder("personnel.id.blank", "personnel.id.wrongLength", "personnel.id.notDigits",
					"personnel.id.unknownProvince", "personnel.id.digitsLost", "personnel.id.sexDigitSaysMale",
					"personnel.id.centuryMismatch", "personnel.id.birthYearMismatch", "personnel.id.sexDigitSaysFemale",
					"personnel.salary.unknownGrade", "personnel.salary.stepOutOfRange");
		return refusals;
	}

	private static Refusal refusalOf(Runnable rule) {
		return catchThrowableOfType(PersonnelRuleViolation.class, rule::run).refusal();
	}

	private static Properties load(String bundle) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = PersonnelMessagesTests.class.getClassLoader().getResourceAsStream(bundle)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
