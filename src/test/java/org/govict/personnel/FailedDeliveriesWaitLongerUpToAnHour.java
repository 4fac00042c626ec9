package org.govict.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** A receiver that keeps failing is tried again after 30 s, 1 min, 2 min ... and then every hour, for ever. */
class FailedDeliveriesWaitLongerUpToAnHour {

	static final Duration FIRST = Duration.ofSeconds(30);

	static final Duration LONGEST = Duration.ofHours(1);

	@Test
	void thePauseDoublesAfterEachFailure() {
		assertThat(ExchangeSubscriptions.pause(1, FIRST, LONGEST)).isEqualTo(Duration.ofSeconds(30));
		assertThat(ExchangeSubscriptions.pause(2, FIRST, LONGEST)).isEqualTo(Duration.ofMinutes(1));
		assertThat(ExchangeSubscriptions.pause(4, FIRST, LONGEST)).isEqualTo(Duration.ofMinutes(4));
	}

	@Test
	void thePauseNeverExceedsTheLongest() {
		assertThat(ExchangeSubscriptions.pause(8, FIRST, LONGEST)).isEqualTo(LONGEST);
		assertThat(ExchangeSubscriptions.pause(10_000, FIRST, LONGEST)).isEqualTo(LONGEST);
	}
}
