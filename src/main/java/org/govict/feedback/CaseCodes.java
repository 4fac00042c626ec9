package org.govict.feedback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Tracking codes, secrets and fingerprints. Codes and secrets use an alphabet without the characters people
 * confuse when they read a code out on the phone (0 and O, 1 and I and L); they are read without regard to case,
 * spaces or hyphens.
 */
final class CaseCodes {

	private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

	private CaseCodes() {
	}

	/** A code like {@code 261123-K7M2QX}: the day of receipt, for people's memory, and six random characters. */
	static String trackingCode(LocalDate day) {
		return DAY.format(day) + "-" + random(6);
	}

	/** About 60 bits of randomness: enough that nobody guesses it within the look-up rate limit. */
	static String secret() {
		return random(4) + "-" + random(4) + "-" + random(4);
	}

	static String normalise(String code) {
		return code == null ? "" : code.replaceAll("[\\s]", "").toUpperCase(Locale.ROOT);
	}

	static String secretHash(String secret) {
		return sha256(normalise(secret).replace("-", "").getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The fingerprint of a submission, to recognise it sent again: the sender's name and contact and the content,
	 * folded (case, diacritic forms and runs of white space do not matter).
	 */
	static String contentHash(Submission s) {
		String text = String.join("\u0000", fold(s.senderName()), fold(s.senderEmail()), fold(s.senderPhone()),
				fold(s.kind() == null ? null : s.kind().name()), fold(s.title()), fold(s.content()));
		return sha256(text.getBytes(StandardCharsets.UTF_8));
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static boolean sameHash(String a, String b) {
		return a != null && b != null && MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII),
				b.getBytes(StandardCharsets.US_ASCII));
	}

	private static String fold(String text) {
		if (text == null) {
			return "";
		}
		return Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	private static String random(int length) {
		StringBuilder code = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}
}
