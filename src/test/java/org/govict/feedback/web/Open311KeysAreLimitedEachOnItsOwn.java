package org.govict.feedback.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.govict.feedback.FeedbackSettings;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** An Open311 key may submit a set number of times per window, whichever addresses its users send from. */
class Open311KeysAreLimitedEachOnItsOwn {

	static final FeedbackSettings THREE_PER_KEY = new FeedbackSettings(List.of("BNV-TTTT"), 5, DataSize.ofMegabytes(10),
			Duration.ofDays(1), 5, 20, 60, Duration.ofMinutes(10), "", Duration.ofHours(1), 3);

	static final class StoppedClock extends Clock {

		Instant now = Instant.parse("2026-11-23T03:00:00Z");

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}

	@Test
	void aKeyIsRefusedAfterItsLimitUntilTheWindowEnds() {
		StoppedClock clock = new StoppedClock();
		RateLimits limits = new RateLimits(THREE_PER_KEY, clock);
		String app = RateLimits.keyOf("gov_ung-dung-da-nang");
		String other = RateLimits.keyOf("gov_ung-dung-khac");

		assertThat(limits.allow(RateLimits.Action.KEY_SUBMIT, app)).isTrue();
		assertThat(limits.allow(RateLimits.Action.KEY_SUBMIT, app)).isTrue();
		assertThat(limits.allow(RateLimits.Action.KEY_SUBMIT, app)).isTrue();
		assertThat(limits.allow(RateLimits.Action.KEY_SUBMIT, app)).isFalse();
		assertThat(limits.allow(RateLimits.Action.KEY_SUBMIT, other)).isTrue();
		assertThat(limits.allow(RateLimits.Action.SUBMIT, "10.0.0.1")).as("the address limit counts apart").isTrue();

		clock.now = clock.now.plus(Duration.ofMinutes(10));
		assertThat(limits.allow(RateLimits.Action.KEY_SUBMIT, app)).isTrue();
	}

	@Test
	void aKeyIsCountedByItsHashNotAsGiven() {
		assertThat(RateLimits.keyOf(" gov_abc ")).isEqualTo(RateLimits.keyOf("gov_abc"))
			.hasSize(64)
			.doesNotContain("gov_abc");
	}
}
