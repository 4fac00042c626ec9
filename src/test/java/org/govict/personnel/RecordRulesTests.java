package org.govict.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** How typed and imported text becomes field values, and which records the rules refuse. */
class RecordRulesTests {

	static final RecordSchema SCHEMA = RecordSchema.builtIn();

	static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	/** A reference with one rank (01.003, grade A1) whose steps rise by 0.33 from 2.34. */
	static final ReferenceLookup REFERENCE = new ReferenceLookup() {

		@Override
		public boolean listHas(ListKind list, String code) {
			return switch (list) {
				case RANKS -> code.equals("01.003");
				case SALARY_GRADES -> code.equals("A1");
				case ETHNIC_GROUPS -> code.equals("01");
				default -> false;
			};
		}

		@Override
		public boolean provinceExists(String code) {
			return code.equals("48");
		}

		@Override
		public boolean wardExists(String wardCode, String provinceCode) {
			return wardCode.equals("20194") && (provinceCode == null || provinceCode.equals("48"));
		}

		@Override
		public boolean unitExists(long unitId) {
			return unitId == 5;
		}

		@Override
		public Optional<String> gradeOfRank(String rankCode) {
			return rankCode.equals("01.003") ? Optional.of("A1") : Optional.empty();
		}

		@Override
		public Optional<String> staffGroupOfRank(String rankCode) {
			return Optional.of("CIVIL_SERVANT");
		}

		@Override
		public Optional<BigDecimal> coefficient(String gradeCode, int step, LocalDate day) {
			return step >= 1 && step <= 9 ? Optional.of(new BigDecimal("2.34").add(new BigDecimal("0.33").multiply(BigDecimal.valueOf(step - 1))))
					: Optional.empty();
		}
	};

	static Map<String, Object> read(Map<String, String> input, List<FieldRefusal> refusals) {
		return RecordRules.read(input, SCHEMA, false, refusals);
	}

	static Map<String, String> valid() {
		Map<String, String> input = new LinkedHashMap<>();
		input.put("full_name", "  Hồ   Thị Ngọc\u00A0Ánh ");
		input.put("id_number", "048190001234");
		input.put("sex", "f");
		input.put("birth_date", "5/3/1990");
		input.put("unit_id", "5");
		input.put("rank_code", "01.003");
		input.put("salary_step", "3");
		return input;
	}

	@Test
	void textIsComposedAndSpacesTidied() {
		List<FieldRefusal> refusals = new ArrayList<>();
		Map<String, String> input = valid();
		input.put("full_name", Normalizer.normalize("Hồ Thị Ngọc Ánh", Normalizer.Form.NFD));
		Map<String, Object> values = read(input, refusals);
		assertThat(refusals).isEmpty();
		assertThat(values.get("full_name")).isEqualTo("Hồ Thị Ngọc Ánh");
		assertThat(read(valid(), refusals).get("full_name")).isEqualTo("Hồ Thị Ngọc Ánh");
		assertThat(values.get("birth_date")).isEqualTo("1990-03-05");
		assertThat(values.get("sex")).isEqualTo("F");
	}

	@Test
	void unreadableValuesAreRefusedFieldByField() {
		List<FieldRefusal> refusals = new ArrayList<>();
		Map<String, String> input = valid();
		input.put("birth_date", "31/02/1990");
		input.put("coefficient", "2,345");
		input.put("sex", "X");
		input.put("no_such_field", "1");
		read(input, refusals);
		assertThat(refusals).extracting(FieldRefusal::field)
			.containsExactlyInAnyOrder("birth_date", "coefficient", "sex", "no_such_field");
	}

	@Test
	void theGradeAndCoefficientFollowFromRankAndStep() {
		List<FieldRefusal> refusals = new ArrayList<>();
		RecordState state = RecordRules.complete(RecordState.EMPTY.with(read(valid(), refusals)), REFERENCE);
		assertThat(state.text("salary_grade")).isEqualTo("A1");
		assertThat(state.decimal("coefficient")).isEqualByComparingTo("3.00");
		assertThat(RecordRules.check(state, SCHEMA, REFERENCE, TODAY)).isEmpty();
	}

	@Test
	void aCoefficientThatIsNotTheStepsIsRefusedWithTheRightOne() {
		List<FieldRefusal> refusals = new ArrayList<>();
		Map<String, String> input = valid();
		input.put("coefficient", "3,33");
		RecordState state = RecordRules.complete(RecordState.EMPTY.with(read(input, refusals)), REFERENCE);
		assertThat(RecordRules.check(state, SCHEMA, REFERENCE, TODAY)).singleElement()
			.satisfies(r -> {
				assertThat(r.field()).isEqualTo("coefficient");
				assertThat(r.refusal().arguments()).contains("3.00");
			});
	}

	@Test
	void theIdNumberMustAgreeWithSexAndBirthYear() {
		List<FieldRefusal> refusals = new ArrayList<>();
		Map<String, String> input = valid();
		input.put("sex", "M");
		input.put("birth_date", "05/03/1991");
		RecordState state = RecordRules.complete(RecordState.EMPTY.with(read(input, refusals)), REFERENCE);
		assertThat(RecordRules.check(state, SCHEMA, REFERENCE, TODAY)).extracting(r -> r.refusal().messageKey())
			.containsExactlyInAnyOrder("personnel.id.sexDigitSaysFemale", "personnel.id.birthYearMismatch");
	}

	@Test
	void requiredFieldsDatesAndReferencesAreChecked() {
		List<FieldRefusal> refusals = new ArrayList<>();
		Map<String, String> input = valid();
		input.remove("full_name");
		input.put("party_joined", "01/01/2030");
		input.put("ethnic_code", "99");
		input.put("home_province", "48");
		input.put("home_ward", "00004");
		RecordState state = RecordRules.complete(RecordState.EMPTY.with(read(input, refusals)), REFERENCE);
		assertThat(RecordRules.check(state, SCHEMA, REFERENCE, TODAY)).extracting(FieldRefusal::field)
			.containsExactlyInAnyOrder("full_name", "party_joined", "ethnic_code", "home_ward");
	}

	@Test
	void aMangledIdIsRepairedOnlyWhenAskedTo() {
		Map<String, String> input = valid();
		input.put("id_number", "48190001234");
		List<FieldRefusal> refusals = new ArrayList<>();
		assertThat(RecordRules.read(input, SCHEMA, true, refusals).get("id_number")).isEqualTo("048190001234");
		assertThat(refusals).isEmpty();
		RecordRules.read(input, SCHEMA, false, refusals);
		assertThat(refusals).extracting(FieldRefusal::field).containsExactly("id_number");
	}

	@Test
	void tablesKeepTheirColumnsAndDropEmptyRows() {
		RecordField family = SCHEMA.field("family").orElseThrow();
		Object rows = RecordRules.readValue(family,
				List.of(Map.of("relation", "Mẹ", "name", " Lê Thị Hoa "), Map.of("relation", " ")), false);
		assertThat(rows).isEqualTo(List.of(Map.of("relation", "Mẹ", "name", "Lê Thị Hoa")));
		assertThatThrownBy(() -> RecordRules.readValue(family, List.of(Map.of("salary", "1")), false))
			.isInstanceOf(PersonnelRuleViolation.class);
	}
}
