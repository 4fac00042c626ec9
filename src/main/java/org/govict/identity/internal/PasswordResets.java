package org.govict.identity.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Single-use password reset links. Only the hash of a link's secret is stored. */
@Repository
public class PasswordResets {

	private static final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	PasswordResets(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Makes a new link secret for the user, valid until the given time. */
	public String issue(long userId, Instant expiresAt) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		jdbc.sql("INSERT INTO password_reset_tokens (token_hash, user_id, expires_at) VALUES (?, ?, ?)")
			.params(ApiTokens.sha256(secret), userId, Timestamp.from(expiresAt))
			.update();
		return secret;
	}

	/** The user a valid, unused link belongs to. */
	public Optional<Long> userOf(String secret) {
		return jdbc.sql("""
				SELECT user_id FROM password_reset_tokens
				 WHERE token_hash = ? AND used_at IS NULL AND expires_at > now()""")
			.param(ApiTokens.sha256(secret))
			.query(Long.class)
			.optional();
	}

	/** Uses the link up, and every other open link of the same user with it. */
	public void useUp(long userId) {
		jdbc.sql("UPDATE password_reset_tokens SET used_at = now() WHERE user_id = ? AND used_at IS NULL")
			.param(userId)
			.update();
	}
}
