package org.govict.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class StartDayIsNotCounted {

	@Test
	void oneWorkingDayAfterAMondayIsTheTuesday() {
		assertThat(Calendar2026.rules().addWorkingDays(LocalDate.of(2026, 3, 2), 1)).isEqualTo(LocalDate.of(2026, 3, 3));
	}

	@Test
	void zeroWorkingDaysIsTheStartItself() {
		assertThat(Calendar2026.rules().addWorkingDays(LocalDate.of(2026, 3, 7), 0)).isEqualTo(LocalDate.of(2026, 3, 7));
	}

	@Test
	void aDeadlineFromASaturdayStartsCountingOnMonday() {
		assertThat(Calendar2026.rules().addWorkingDays(LocalDate.of(2026, 3, 7), 1)).isEqualTo(LocalDate.of(2026, 3, 9));
	}

	@Test
	void negativeCountsAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Calendar2026.rules().addWorkingDays(LocalDate.of(2026, 3, 2), -1));
	}
}
