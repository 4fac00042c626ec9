package org.govict.feedback.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.govict.feedback.FeedbackSettings;
import org.springframework.stereotype.Component;

/**
 * How often one client address may submit a case or look one up, in fixed windows, kept in memory. Each node
 * counts on its own, which is enough against a flood from one address; the challenge and the duplicate check do
 * the rest.
 */
@Component
class RateLimits {

	enum Action {
		SUBMIT, LOOKUP
	}

	private record Window(Instant start, int count) {
	}

	/** Beyond this many addresses, windows that have ended are swept out. */
	private static final int SWEEP_ABOVE = 10_000;

	private final FeedbackSettings settings;

	private final Clock clock;

	private final Map<String, Window> windows = new ConcurrentHashMap<>();

	@org.springframework.beans.factory.annotation.Autowired
	RateLimits(FeedbackSettings settings) {
		this(settings, Clock.systemUTC());
	}

	RateLimits(FeedbackSettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	/** Counts one more attempt and says whether it is within the limit. */
	boolean allow(Action action, String client) {
		int limit = action == Action.SUBMIT ? settings.submissionsPerWindow() : settings.lookupsPerWindow();
		Instant now = clock.instant();
		if (windows.size() > SWEEP_ABOVE) {
			windows.values().removeIf(w -> w.start().plus(settings.rateWindow()).isBefore(now));
		}
		Window window = windows.compute(action + "|" + client, (key, w) -> {
			if (w == null || !now.isBefore(w.start().plus(settings.rateWindow()))) {
				return new Window(now, 1);
			}
			return new Window(w.start(), w.count() + 1);
		});
		return window.count() <= limit;
	}
}
