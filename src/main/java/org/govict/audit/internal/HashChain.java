package org.govict.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The SHA-256 link of an entry: the previous entry's hash followed by every field of the entry, each written
 * with its length so that no two different entries can hash the same text. Times are cut to microseconds,
 * which is what PostgreSQL keeps.
 */
final class HashChain {

	static final String GENESIS = "0".repeat(64);

	private HashChain() {
	}

	static String hashOf(AuditEntry e) {
		StringBuilder text = new StringBuilder(256);
		append(text, e.prevHash());
		append(text, e.occurredAt().truncatedTo(ChronoUnit.MICROS).toString());
		append(text, e.actor());
		append(text, e.actorIp());
		append(text, e.module());
		append(text, e.action());
		append(text, e.recordType());
		append(text, e.recordId());
		append(text, e.unitId() == null ? null : e.unitId().toString());
		append(text, e.summary());
		append(text, e.beforeState());
		append(text, e.afterState());
		return sha256(text.toString());
	}

	private static void append(StringBuilder text, String field) {
		if (field == null) {
			text.append("-1:");
		}
		else {
			text.append(field.length()).append(':').append(field);
		}
		text.append('|');
	}

	private static String sha256(String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}
}
