package org.govict.feedback.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.govict.feedback.FeedbackSettings;
import org.springframework.stereotype.Component;

/**
 * How often one client address may submit a case or look one up, and one Open311 {@code api_key} may submit, in
 * fixed windows, kept in memory. Each node counts on its own, which is enough against a flood from one address or
 * one application; the challenge and the duplicate check do the rest.
 */
@Component
class RateLimits {

	enum Action {
		SUBMIT, LOOKUP,
		/** A submission with an Open311 api_key, counted per key: the client is {@link #keyOf} the key. */
		KEY_SUBMIT
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
		int limit = switch (action) {
			case SUBMIT -> settings.submissionsPerWindow();
			case LOOKUP -> settings.lookupsPerWindow();
			case KEY_SUBMIT -> settings.open311KeyLimit();
		};
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

	/** What the limits count a key by: its SHA-256, so that no key is kept in memory as it was given. */
	static String keyOf(String apiKey) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(apiKey.strip().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
