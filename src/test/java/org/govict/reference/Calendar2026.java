package org.govict.reference;

import java.time.LocalDate;
import java.util.Map;

/** The 2026 holidays as listed by migration V6, for the rule tests. */
final class Calendar2026 {

	static WorkingDays rules() {
		return new WorkingDays(Map.of(
				LocalDate.of(2026, 1, 1), DayKind.HOLIDAY,
				LocalDate.of(2026, 2, 16), DayKind.HOLIDAY,
				LocalDate.of(2026, 2, 17), DayKind.HOLIDAY,
				LocalDate.of(2026, 2, 18), DayKind.HOLIDAY,
				LocalDate.of(2026, 2, 19), DayKind.HOLIDAY,
				LocalDate.of(2026, 2, 20), DayKind.HOLIDAY,
				LocalDate.of(2026, 4, 26), DayKind.HOLIDAY,
				LocalDate.of(2026, 4, 27), DayKind.DAY_OFF,
				LocalDate.of(2025, 4, 26), DayKind.WORKING,
				LocalDate.of(2025, 5, 2), DayKind.DAY_OFF));
	}

	private Calendar2026() {
	}
}
