package org.govict.infosec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The level the rules of Decree 85 articles 7–11 suggest for typical systems of a ministry. */
class SecurityLevelFollowsDecree85 {

	static SystemFacts facts(SystemKind kind, boolean personal, int online, int users) {
		return new SystemFacts(kind, personal, online, users, null, null, null);
	}

	@Test
	void anInternalSystemWithPublicInformationOnlyIsLevelOne() {
		LevelSuggestion s = LevelRules.suggest(facts(SystemKind.INTERNAL_ADMINISTRATION, false, 0, 200));
		assertThat(s.level()).isEqualTo(1);
		assertThat(s.reasons()).extracting(LevelSuggestion.Reason::article).containsExactly("7");
	}

	@Test
	void anInternalSystemWithPersonalDataIsLevelTwo() {
		assertThat(LevelRules.suggest(facts(SystemKind.INTERNAL_ADMINISTRATION, true, 0, 200)).level()).isEqualTo(2);
	}

	@Test
	void aSmallPublicServiceIsLevelTwoAndALargeOneLevelThree() {
		// Art. 8(2)(c): fewer than 10,000 users whose personal information is processed, level 2.
		LevelSuggestion small = LevelRules.suggest(facts(SystemKind.PUBLIC_SERVICE, true, 2, 9_999));
		assertThat(small.level()).isEqualTo(2);
		assertThat(small.reasons()).extracting(LevelSuggestion.Reason::article).containsExactly("8.2.c");
		// Art. 9(2)(c): 10,000 users or more, level 3.
		LevelSuggestion large = LevelRules.suggest(facts(SystemKind.PUBLIC_SERVICE, true, 2, 10_000));
		assertThat(large.level()).isEqualTo(3);
		assertThat(large.reasons()).extracting(LevelSuggestion.Reason::article).containsExactly("9.2.c");
	}

	@Test
	void manyUsersCountOnlyWhenTheirPersonalInformationIsProcessed() {
		// Art. 8(2)(a) and 9(2)(c): a portal giving public information only stays at level 2 however many read it.
		LevelSuggestion s = LevelRules.suggest(facts(SystemKind.PUBLIC_SERVICE, false, 2, 250_000));
		assertThat(s.level()).isEqualTo(2);
		assertThat(s.reasons()).extracting(LevelSuggestion.Reason::article).containsExactly("8.2.a");
	}

	@Test
	void fullOnlinePublicServicesAreLevelThreeWhateverTheUsers() {
		// Art. 9(2)(a): online public services of level 3 or more.
		LevelSuggestion s = LevelRules.suggest(facts(SystemKind.PUBLIC_SERVICE, false, 4, 50));
		assertThat(s.level()).isEqualTo(3);
		assertThat(s.reasons()).extracting(LevelSuggestion.Reason::article).containsExactly("9.2.a");
	}

	@Test
	void anInternalSystemCitesArticleEightClauseOneForPersonalData() {
		// Art. 8(1): internal work with users' private or personal information.
		assertThat(LevelRules.suggest(facts(SystemKind.INTERNAL_ADMINISTRATION, true, 0, 200)).reasons())
			.extracting(LevelSuggestion.Reason::article)
			.containsExactly("8.1");
	}

	@Test
	void infrastructureRisesWithWhomItServes() {
		assertThat(infra(SystemReach.ONE_ORGANISATION)).isEqualTo(2);
		assertThat(infra(SystemReach.SECTOR_OR_PROVINCE)).isEqualTo(3);
		assertThat(infra(SystemReach.NATIONAL)).isEqualTo(4);
		assertThat(infra(SystemReach.INTERNATIONAL_CONNECTION)).isEqualTo(5);
		// Art. 8(3), 9(3), 10(3), 11(3).
		assertThat(LevelRules.suggest(new SystemFacts(SystemKind.INFRASTRUCTURE, false, 0, 0, SystemReach.NATIONAL,
				null, null)).reasons()).extracting(LevelSuggestion.Reason::article).containsExactly("10.3");
	}

	static int infra(SystemReach reach) {
		return LevelRules.suggest(new SystemFacts(SystemKind.INFRASTRUCTURE, false, 0, 0, reach, null, null)).level();
	}

	@Test
	void industrialControlFollowsTheGradeOfTheWorks() {
		// Art. 9(4): grade II, III and IV works are level 3; Art. 10(4): grade I is level 4; Art. 11(4): special.
		assertThat(control(null)).isEqualTo(3);
		assertThat(control(WorksGrade.GRADE_III)).isEqualTo(3);
		assertThat(control(WorksGrade.GRADE_II)).isEqualTo(3);
		assertThat(control(WorksGrade.GRADE_I)).isEqualTo(4);
		assertThat(control(WorksGrade.SPECIAL)).isEqualTo(5);
	}

	static int control(WorksGrade grade) {
		return LevelRules
			.suggest(new SystemFacts(SystemKind.INDUSTRIAL_CONTROL, false, 0, 0, null, grade, null))
			.level();
	}

	@Test
	void theHighestLevelWinsWhenNationalSystemsDependOnAnInternalOne() {
		LevelSuggestion s = LevelRules.suggest(new SystemFacts(SystemKind.INTERNAL_ADMINISTRATION, true, 0, 100,
				null, null, Dependence.NATIONAL));
		assertThat(s.level()).isEqualTo(4);
		assertThat(s.reasons()).extracting(LevelSuggestion.Reason::level).containsExactly(4, 2);
		assertThat(s.reasons().get(0).article()).isEqualTo("10.2");
	}

	@Test
	void criticalNationalDataIsLevelFive() {
		assertThat(LevelRules.suggest(new SystemFacts(SystemKind.OTHER, false, 0, 0, null, null,
				Dependence.CRITICAL_NATIONAL)).level()).isEqualTo(5);
		assertThat(LevelRules.suggest(facts(SystemKind.OTHER, false, 0, 0)).level()).isEqualTo(1);
	}
}
