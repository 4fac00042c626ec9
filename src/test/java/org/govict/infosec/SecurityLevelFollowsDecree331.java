package org.govict.infosec;

import static org.assertj.core.api.Assertions.assertThat;

import org.govict.infosec.LevelSuggestion.Reason;
import org.junit.jupiter.api.Test;

/**
 * The level the criteria of Decree 331/2026 articles 11–16 suggest, one test per row of the criteria table (system
 * kinds of art. 9.2, then state secrets and national data), each citing the clause it checks.
 */
class SecurityLevelFollowsDecree331 {

	/** A system of the given kind that processes public information only, with no other fact set. */
	static Facts a(SystemKind kind) {
		return new Facts(kind);
	}

	@Test
	void internalSystemWithPublicInformationOnlyIsLevelOne_11_1() {
		assertSuggests(a(SystemKind.INTERNAL_ADMINISTRATION), 1, "11.1");
	}

	@Test
	void internalSystemWithItsUsersPersonalOrPrivateInformationIsLevelTwo_12_1() {
		assertSuggests(a(SystemKind.INTERNAL_ADMINISTRATION).personal(), 2, "12.1");
		assertSuggests(a(SystemKind.INTERNAL_ADMINISTRATION).privateOnly(), 2, "12.1");
	}

	@Test
	void onlineServiceOutsideConditionalBusinessLinesIsLevelTwo_12_2_a() {
		assertSuggests(a(SystemKind.PUBLIC_SERVICE), 2, "12.2.a");
	}

	@Test
	void onlineServiceWithPersonalDataBelowBothThresholdsIsLevelTwo_12_2_b() {
		assertSuggests(a(SystemKind.PUBLIC_SERVICE).personal().subjects(99_999, 9_999), 2, "12.2.b");
	}

	@Test
	void onlineServiceInAConditionalBusinessLineIsLevelThree_13_2_a() {
		assertSuggests(a(SystemKind.PUBLIC_SERVICE).conditional(), 3, "13.2.a");
	}

	@Test
	void systemHandlingAdministrativeProceduresIsLevelThree_13_2_b() {
		assertSuggests(a(SystemKind.PUBLIC_SERVICE).procedures(), 3, "13.2.b");
	}

	@Test
	void eitherDataSubjectThresholdMakesAnOnlineServiceLevelThree_13_2_c() {
		assertSuggests(a(SystemKind.PUBLIC_SERVICE).personal().subjects(100_000, 0), 3, "13.2.c");
		assertSuggests(a(SystemKind.PUBLIC_SERVICE).personal().subjects(0, 10_000), 3, "13.2.c");
		assertSuggests(a(SystemKind.PUBLIC_SERVICE).personal().subjects(99_999, 9_999), 2, "12.2.b");
	}

	@Test
	void severalLevelThreeCriteriaAreAllCitedAndTheLevelIsTheHighest_8_2() {
		LevelSuggestion s = LevelRules.suggest(a(SystemKind.PUBLIC_SERVICE).personal().procedures().conditional()
			.subjects(250_000, 0).facts());
		assertThat(s.level()).isEqualTo(3);
		assertThat(s.reasons()).extracting(Reason::article).containsExactlyInAnyOrder("13.2.a", "13.2.b", "13.2.c");
	}

	@Test
	void informationInfrastructureFollowsWhomItServes_12_3_13_3_14_2_15_3() {
		assertSuggests(a(SystemKind.INFRASTRUCTURE).reach(SystemReach.ONE_ORGANISATION), 2, "12.3");
		assertSuggests(a(SystemKind.INFRASTRUCTURE).reach(SystemReach.SECTOR_OR_PROVINCE), 3, "13.3");
		assertSuggests(a(SystemKind.INFRASTRUCTURE).reach(SystemReach.NATIONAL), 4, "14.2");
		assertSuggests(a(SystemKind.INFRASTRUCTURE).reach(SystemReach.INTERNATIONAL_CONNECTION), 5, "15.3");
	}

	@Test
	void aNationalEGovernmentSystemIsLevelFourWhateverItsKind_14_2() {
		LevelSuggestion s = LevelRules.suggest(a(SystemKind.PUBLIC_SERVICE).procedures().reach(SystemReach.NATIONAL).facts());
		assertThat(s.level()).isEqualTo(4);
		assertThat(s.reasons()).extracting(Reason::article).containsExactly("14.2", "13.2.b");
		// Reaching a sector is a criterion of infrastructure only.
		assertSuggests(a(SystemKind.PUBLIC_SERVICE).reach(SystemReach.SECTOR_OR_PROVINCE), 2, "12.2.a");
	}

	@Test
	void industrialControlFollowsTheGradeOfTheWorks_13_4_14_3_15_4() {
		for (WorksGrade minor : new WorksGrade[] { WorksGrade.GRADE_IV, WorksGrade.GRADE_III, WorksGrade.GRADE_II }) {
			assertSuggests(a(SystemKind.INDUSTRIAL_CONTROL).grade(minor), 3, "13.4");
		}
		assertSuggests(a(SystemKind.INDUSTRIAL_CONTROL).grade(WorksGrade.GRADE_I), 4, "14.3");
		assertSuggests(a(SystemKind.INDUSTRIAL_CONTROL).grade(WorksGrade.SPECIAL), 5, "15.4");
	}

	@Test
	void anotherKindOfSystemStartsAtLevelOnePendingTheRiskFramework_11_2() {
		assertSuggests(a(SystemKind.OTHER).personal(), 1, "11.2");
	}

	@Test
	void aSystemOfNoStatedKindIsTakenAsAnother_11_2() {
		assertSuggests(a(null), 1, "11.2");
	}

	@Test
	void stateSecretsOrDefenceFollowTheHarmToNationalSecurity_13_1_14_1_15_1() {
		assertSuggests(a(SystemKind.INTERNAL_ADMINISTRATION).secret(SecurityHarm.HARM), 3, "13.1");
		assertSuggests(a(SystemKind.INTERNAL_ADMINISTRATION).secret(SecurityHarm.SERIOUS), 4, "14.1");
		assertSuggests(a(SystemKind.INTERNAL_ADMINISTRATION).secret(SecurityHarm.ESPECIALLY_SERIOUS), 5, "15.1");
		LevelSuggestion defence = LevelRules.suggest(a(SystemKind.INTERNAL_ADMINISTRATION).defence(SecurityHarm.SERIOUS)
			.facts());
		assertThat(defence.level()).isEqualTo(4);
		assertThat(defence.reasons()).extracting(Reason::article).containsExactly("14.1", "11.1");
	}

	@Test
	void centralStorageOfEspeciallyImportantNationalDataIsLevelFive_15_2() {
		LevelSuggestion s = LevelRules.suggest(a(SystemKind.INFRASTRUCTURE).nationalData().facts());
		assertThat(s.level()).isEqualTo(5);
		assertThat(s.reasons()).extracting(Reason::article).containsExactly("15.2", "12.3");
	}

	@Test
	void reasonsAreCitedByDecreeArticleClauseAndPoint() {
		Reason reason = LevelRules.suggest(a(SystemKind.PUBLIC_SERVICE).personal().subjects(0, 12_000).facts())
			.reasons()
			.get(0);
		assertThat(reason.citation()).isEqualTo("NĐ 331 Đ13.2.c");
		assertThat(reason.messageKey()).isEqualTo("infosec.rule331.manySubjects");
	}

	static void assertSuggests(Facts facts, int level, String article) {
		LevelSuggestion s = LevelRules.suggest(facts.facts());
		assertThat(s.level()).as(article).isEqualTo(level);
		assertThat(s.reasons()).extracting(Reason::article).containsExactly(article);
	}

	/** Facts built one criterion at a time. */
	static final class Facts {

		private final SystemKind kind;

		private boolean privateInfo, personalInfo, stateSecret, defence, procedures, conditional, nationalData;

		private SecurityHarm harm = SecurityHarm.NONE;

		private int basic, sensitive;

		private SystemReach reach = SystemReach.ONE_ORGANISATION;

		private WorksGrade grade;

		Facts(SystemKind kind) {
			this.kind = kind;
		}

		Facts personal() {
			personalInfo = true;
			privateInfo = true;
			return this;
		}

		Facts privateOnly() {
			privateInfo = true;
			return this;
		}

		Facts subjects(int basic, int sensitive) {
			this.basic = basic;
			this.sensitive = sensitive;
			return this;
		}

		Facts conditional() {
			conditional = true;
			return this;
		}

		Facts procedures() {
			procedures = true;
			return this;
		}

		Facts reach(SystemReach reach) {
			this.reach = reach;
			return this;
		}

		Facts grade(WorksGrade grade) {
			this.grade = grade;
			return this;
		}

		Facts secret(SecurityHarm harm) {
			stateSecret = true;
			this.harm = harm;
			return this;
		}

		Facts defence(SecurityHarm harm) {
			defence = true;
			this.harm = harm;
			return this;
		}

		Facts nationalData() {
			nationalData = true;
			return this;
		}

		SystemFacts facts() {
			return new SystemFacts(kind, true, privateInfo, personalInfo, stateSecret, defence, harm, procedures,
					conditional, basic, sensitive, reach, grade, nationalData);
		}
	}
}
