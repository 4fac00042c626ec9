package org.govict.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class CoefficientChangeKeepsThePastValue {

	static final LocalDate DECREE_204 = LocalDate.of(2004, 10, 1);

	final CoefficientHistory a1Step1 = new CoefficientHistory(
			List.of(new SalaryStep("A1", 1, new BigDecimal("2.34"), DECREE_204, null)));

	@Test
	void theOldCoefficientEndsTheDayBeforeTheNewOne() {
		CoefficientHistory.Change change = a1Step1.change("A1", 1, new BigDecimal("2.50"), LocalDate.of(2027, 7, 1));

		assertThat(change.closed().validTo()).isEqualTo(LocalDate.of(2027, 6, 30));
		assertThat(change.closed().coefficient()).isEqualByComparingTo("2.34");
		assertThat(change.opened().validTo()).isNull();

		CoefficientHistory after = new CoefficientHistory(List.of(change.closed(), change.opened()));
		assertThat(after.asOf(LocalDate.of(2027, 6, 30))).contains(new BigDecimal("2.34"));
		assertThat(after.asOf(LocalDate.of(2027, 7, 1))).contains(new BigDecimal("2.50"));
		assertThat(after.asOf(LocalDate.of(2004, 9, 30))).isEmpty();
	}

	@Test
	void aNewCoefficientCannotStartBeforeTheCurrentOne() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> a1Step1.change("A1", 1, new BigDecimal("2.50"), DECREE_204));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> a1Step1.change("A1", 1, new BigDecimal("2.50"), LocalDate.of(2000, 1, 1)));
	}

	@Test
	void aNewStepOpensWithoutClosingAnything() {
		CoefficientHistory.Change change = new CoefficientHistory(List.of())
			.change("A1", 10, new BigDecimal("5.31"), LocalDate.of(2027, 1, 1));

		assertThat(change.closed()).isNull();
		assertThat(change.opened().appliesOn(LocalDate.of(2030, 1, 1))).isTrue();
	}
}
