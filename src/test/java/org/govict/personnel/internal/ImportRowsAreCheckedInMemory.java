package org.govict.personnel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.govict.organisation.OrganisationUnit;
import org.govict.organisation.UnitKind;
import org.govict.personnel.ImportRefusal;
import org.govict.personnel.ListKind;
import org.govict.personnel.RecordSchema;
import org.govict.personnel.RecordState;
import org.govict.personnel.imports.ImportColumns;
import org.govict.personnel.imports.RowChecker;
import org.govict.personnel.imports.RowReader;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

class ImportRowsAreCheckedInMemory {

	static final List<String> HEADER = List.of("Họ và tên khai sinh", "Số định danh cá nhân", "Giới tính", "Ngày sinh",
			"Mã đơn vị", "Ngạch, chức danh nghề nghiệp", "Bậc lương", "Ngày hưởng", "Điện thoại");

	static final OrganisationUnit DNG = new OrganisationUnit(1L, "DNG", "Đà Nẵng", null, UnitKind.MINISTRY, null, "/1/",
			null, null, null, true, 0);

	static final OrganisationUnit SNV = new OrganisationUnit(2L, "DNG-SNV", "Sở Nội vụ", null, UnitKind.DEPARTMENT, 1L,
			"/1/2/", null, null, null, true, 0);

	static final OrganisationUnit BNV = new OrganisationUnit(3L, "BNV", "Bộ Nội vụ", null, UnitKind.MINISTRY, null,
			"/3/", null, null, null, true, 0);

	static RowChecker checker() {
		Map<ListKind, Set<String>> codes = new EnumMap<>(ListKind.class);
		for (ListKind kind : ListKind.values()) {
			codes.put(kind, Set.of());
		}
		codes.put(ListKind.RANKS, Set.of("01.003"));
		codes.put(ListKind.SALARY_GRADES, Set.of("A1"));
		ReferenceSnapshot reference = new ReferenceSnapshot(codes, Map.of("01.003", "A1"),
				Map.of("01.003", "CIVIL_SERVANT"), Set.of(), Map.of(), List.of(DNG, SNV, BNV),
				Map.of("A1|2", List.of(new ReferenceSnapshot.StepPeriod(LocalDate.of(2004, 10, 1), null,
						new BigDecimal("2.67"))), "A1|3", List.of(new ReferenceSnapshot.StepPeriod(
								LocalDate.of(2004, 10, 1), null, new BigDecimal("3.00")))));
		ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
		messages.setBasename("classpath:messages");
		messages.setDefaultEncoding("UTF-8");
		ImportColumns columns = ImportColumns.of(RecordSchema.builtIn(), messages);
		return new RowChecker(columns, columns.match(HEADER), RecordSchema.builtIn(), reference, List.of("/1/"),
				LocalDate.of(2026, 11, 23));
	}

	static RowReader.SourceRow row(String... cells) {
		return new RowReader.SourceRow(2, Arrays.asList(cells));
	}

	@Test
	void aNewRecordIsCompletedFromTheReferenceData() {
		RowChecker checker = checker();
		RowChecker.ParsedRow parsed = checker.read(row("NguyÔn ThÞ H\u00AD\u00ACng", "48190000101", "Nữ", "14/03/1990",
				"dng-snv", "01.003", "2", "01/06/2021", ""));
		RowChecker.Outcome outcome = checker.check(parsed, null);

		assertThat(outcome).isInstanceOf(RowChecker.Staged.class);
		RowChecker.Staged staged = (RowChecker.Staged) outcome;
		assertThat(staged.created()).isTrue();
		assertThat(staged.after().fullName()).isEqualTo("Nguyễn Thị Hương");
		assertThat(staged.after().idNumber()).isEqualTo("048190000101");
		assertThat(staged.after().unitId()).isEqualTo(2L);
		assertThat(staged.after().text("salary_grade")).isEqualTo("A1");
		assertThat(staged.after().decimal("coefficient")).isEqualByComparingTo("2.67");
		assertThat(staged.after().status()).isEqualTo("ACTIVE");
		assertThat(staged.unitPath()).isEqualTo("/1/2/");
	}

	@Test
	void eachBadValueIsRefusedWithItsColumn() {
		RowChecker checker = checker();
		RowChecker.Outcome outcome = checker.check(
				checker.read(row("Trần Văn B", "048090000102", "X", "31/02/1990", "BNV", "", "", "", "")), null);

		assertThat(outcome).isInstanceOf(RowChecker.Refused.class);
		assertThat(((RowChecker.Refused) outcome).refusals()).extracting(ImportRefusal::column, ImportRefusal::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("sex", "personnel.value.choice"),
					org.assertj.core.groups.Tuple.tuple("birth_date", "personnel.value.date"),
					org.assertj.core.groups.Tuple.tuple(ImportColumns.UNIT_CODE, "personnel.value.unitOutOfScope"));
	}

	@Test
	void aNewRecordNeedsItsRequiredFieldsButAnUpdateDoesNot() {
		RowChecker checker = checker();
		RowChecker.ParsedRow parsed = checker.read(row("", "048190000101", "", "", "", "", "", "", "0905123456"));

		RowChecker.Outcome asNew = checker.check(parsed, null);
		assertThat(((RowChecker.Refused) asNew).refusals()).extracting(ImportRefusal::messageKey)
			.contains("personnel.value.required");

		RecordState existing = new RecordState(Map.of("full_name", "Nguyễn Thị Hương", "id_number", "048190000101",
				"sex", "F", "birth_date", "1990-03-14", "unit_id", 2L, "status", "ACTIVE"));
		RowChecker.Outcome asUpdate = checker.check(parsed, new RowChecker.Existing(7, 3, "/1/2/", existing));
		RowChecker.Staged staged = (RowChecker.Staged) asUpdate;
		assertThat(staged.changes()).containsExactly(Map.entry("phone", "0905123456"));
		assertThat(staged.newPeriod()).isFalse();
		assertThat(staged.version()).isEqualTo(3);
	}

	@Test
	void aRowThatChangesNothingIsUnchangedAndARecordOutOfScopeIsRefused() {
		RowChecker checker = checker();
		RecordState existing = new RecordState(Map.of("full_name", "Nguyễn Thị Hương", "id_number", "048190000101",
				"sex", "F", "birth_date", "1990-03-14", "unit_id", 2L, "status", "ACTIVE", "phone", "0905123456"));
		RowChecker.ParsedRow parsed = checker.read(row("Nguyễn Thị Hương", "048190000101", "F", "14/03/1990", "DNG-SNV",
				"", "", "", "0905123456"));

		assertThat(checker.check(parsed, new RowChecker.Existing(7, 3, "/1/2/", existing)))
			.isInstanceOf(RowChecker.Unchanged.class);
		assertThat(checker.check(parsed, new RowChecker.Existing(7, 3, "/3/", existing)))
			.isInstanceOf(RowChecker.Refused.class);
	}

	@Test
	void aNewStepDerivesItsCoefficientAndStartsAReportPeriod() {
		RowChecker checker = checker();
		RecordState existing = new RecordState(Map.of("full_name", "Nguyễn Thị Hương", "id_number", "048190000101",
				"sex", "F", "birth_date", "1990-03-14", "unit_id", 2L, "status", "ACTIVE", "rank_code", "01.003",
				"salary_grade", "A1", "salary_step", 2L, "coefficient", new BigDecimal("2.67")))
			.with(Map.of("staff_group", "CIVIL_SERVANT"));
		RowChecker.ParsedRow parsed = checker.read(row("", "048190000101", "", "", "", "", "3", "01/06/2024", ""));

		RowChecker.Staged staged = (RowChecker.Staged) checker.check(parsed,
				new RowChecker.Existing(7, 3, "/1/2/", existing));
		assertThat(staged.changes()).containsOnlyKeys("salary_step", "salary_since", "coefficient");
		assertThat((BigDecimal) staged.changes().get("coefficient")).isEqualByComparingTo("3.00");
		assertThat(staged.newPeriod()).isTrue();
	}
}
