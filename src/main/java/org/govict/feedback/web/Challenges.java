package org.govict.feedback.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.govict.feedback.FeedbackSettings;
import org.springframework.stereotype.Component;

/**
 * The public form's challenge, served by the platform itself: a small sum to work out. The question travels in a
 * token signed with HMAC-SHA256, so that the server keeps nothing per visitor; a token is good until it expires
 * and is taken only once.
 */
@Component
class Challenges {

	/** A question and the token that comes back with its answer. */
	record Challenge(int a, int b, String token) {
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final byte[] key;

	private final FeedbackSettings settings;

	private final Clock clock;

	private final Map<String, Instant> taken = new ConcurrentHashMap<>();

	@org.springframework.beans.factory.annotation.Autowired
	Challenges(FeedbackSettings settings) {
		this(settings, Clock.systemUTC());
	}

	Challenges(FeedbackSettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
		if (settings.challengeKey() == null || settings.challengeKey().isBlank()) {
			this.key = new byte[32];
			RANDOM.nextBytes(this.key);
		}
		else {
			this.key = settings.challengeKey().getBytes(StandardCharsets.UTF_8);
		}
	}

	Challenge issue() {
		int a = 1 + RANDOM.nextInt(9);
		int b = 1 + RANDOM.nextInt(9);
		long expires = clock.instant().plus(settings.challengeLifetime()).getEpochSecond();
		byte[] nonce = new byte[9];
		RANDOM.nextBytes(nonce);
		String payload = a + "." + b + "." + expires + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(nonce);
		return new Challenge(a, b, encode(payload.getBytes(StandardCharsets.US_ASCII)) + "." + encode(sign(payload)));
	}

	/** The question of a token this server signed, to ask again after a form with errors; null for anything else. */
	Challenge reread(String token) {
		String payload = payload(token);
		if (payload == null) {
			return null;
		}
		String[] parts = payload.split("\\.");
		return new Challenge(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), token);
	}

	/** Whether the answer is right for a token this server signed, not expired and not taken before. */
	boolean accept(String token, String answer) {
		String payload = payload(token);
		if (payload == null || answer == null) {
			return false;
		}
		String[] parts = payload.split("\\.");
		Instant expires = Instant.ofEpochSecond(Long.parseLong(parts[2]));
		Instant now = clock.instant();
		if (now.isAfter(expires)) {
			return false;
		}
		int expected = Integer.parseInt(parts[0]) + Integer.parseInt(parts[1]);
		if (!answer.strip().equals(String.valueOf(expected))) {
			return false;
		}
		taken.values().removeIf(until -> now.isAfter(until));
		return taken.putIfAbsent(parts[3], expires) == null;
	}

	private String payload(String token) {
		if (token == null) {
			return null;
		}
		int dot = token.lastIndexOf('.');
		if (dot <= 0) {
			return null;
		}
		try {
			byte[] payload = Base64.getUrlDecoder().decode(token.substring(0, dot));
			byte[] signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
			String text = new String(payload, StandardCharsets.US_ASCII);
			if (!MessageDigest.isEqual(signature, sign(text)) || !text.matches("\\d\\.\\d\\.\\d+\\.[A-Za-z0-9_-]+")) {
				return null;
			}
			return text;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private byte[] sign(String payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(byte[] bytes) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
