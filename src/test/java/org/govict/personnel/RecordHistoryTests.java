package org.govict.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A record is the fold of its changes by effective date, as known at a time; reports read its periods. */
class RecordHistoryTests {

	static final Instant JAN_2024 = Instant.parse("2024-01-10T03:00:00Z");

	static final Instant MAR_2025 = Instant.parse("2025-03-01T03:00:00Z");

	static RecordChange change(long id, ChangeKind kind, String effective, Instant recorded, Map<String, Object> fields) {
		return new RecordChange(id, 1, kind, LocalDate.parse(effective), recorded, "tochuc", null, null, null, fields,
				true);
	}

	final RecordHistory history = new RecordHistory(List.of(
			change(1, ChangeKind.REGISTERED, "2020-05-01", Instant.parse("2020-05-02T01:00:00Z"),
					Map.of("full_name", "Đỗ Thị Mai", "unit_id", 7L, "salary_step", 1L, "sex", "F", "birth_date",
							"1992-04-01")),
			change(2, ChangeKind.TRANSFERRED, "2023-07-01", Instant.parse("2023-06-20T01:00:00Z"), Map.of("unit_id", 9L)),
			// A salary decision effective in 2023, recorded only in March 2025.
			change(3, ChangeKind.SALARY_CHANGED, "2023-05-01", MAR_2025, Map.of("salary_step", 2L))));

	@Test
	void beforeTheFirstChangeThereIsNoRecord() {
		assertThat(history.asOf(LocalDate.of(2020, 4, 30))).isEmpty();
	}

	@Test
	void aLateRecordedChangeCountsFromItsEffectiveDateAsKnownNow() {
		RecordState june2023 = history.asOf(LocalDate.of(2023, 6, 1)).orElseThrow();
		assertThat(june2023.whole("salary_step")).isEqualTo(2L);
		assertThat(june2023.unitId()).isEqualTo(7L);
	}

	@Test
	void asKnownBeforeItWasRecordedTheOldValueStands() {
		RecordState asKnownIn2024 = history.asOf(LocalDate.of(2023, 6, 1), JAN_2024).orElseThrow();
		assertThat(asKnownIn2024.whole("salary_step")).isEqualTo(1L);
	}

	@Test
	void changesApplyInEffectiveOrderWhateverTheOrderTheyWereRecordedIn() {
		assertThat(history.changes()).extracting(RecordChange::id).containsExactly(1L, 3L, 2L);
		RecordState today = history.asOf(LocalDate.of(2026, 1, 1)).orElseThrow();
		assertThat(today.unitId()).isEqualTo(9L);
		assertThat(today.whole("salary_step")).isEqualTo(2L);
		assertThat(today.fullName()).isEqualTo("Đỗ Thị Mai");
	}

	@Test
	void aNullValueClearsAField() {
		RecordHistory cleared = new RecordHistory(List.of(
				change(1, ChangeKind.REGISTERED, "2020-05-01", JAN_2024, Map.of("full_name", "A", "position_code", "TP")),
				change(2, ChangeKind.APPOINTED, "2022-01-01", JAN_2024, java.util.Collections.singletonMap("position_code", null))));
		assertThat(cleared.asOf(LocalDate.of(2022, 1, 2)).orElseThrow().has("position_code")).isFalse();
	}

	@Test
	void periodsChangeOnlyWhenAReportedFieldChanges() {
		RecordHistory withNameFix = new RecordHistory(List.of(history.changes().get(0), history.changes().get(1),
				history.changes().get(2),
				change(4, ChangeKind.UPDATED, "2024-02-01", MAR_2025, Map.of("full_name", "Đỗ Thị Mai Anh"))));
		List<RecordHistory.Period> periods = withNameFix.periods();
		assertThat(periods).extracting(RecordHistory.Period::from)
			.containsExactly(LocalDate.of(2020, 5, 1), LocalDate.of(2023, 7, 1));
		assertThat(periods.get(0).to()).isEqualTo(LocalDate.of(2023, 7, 1));
		assertThat(periods.get(1).to()).isNull();
		assertThat(periods.get(1).state().unitId()).isEqualTo(9L);
	}
}
