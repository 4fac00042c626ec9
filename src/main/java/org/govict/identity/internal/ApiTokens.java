package org.govict.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Personal API tokens. Only the SHA-256 of a token is stored: the token itself is shown once, when it is made.
 * Tokens are long random strings, so a plain (unsalted) hash is enough to make the table useless to a thief.
 */
@Repository
public class ApiTokens {

	static final String PREFIX = "gov_";

	private static final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final TokenSignIns signIns;

	ApiTokens(JdbcClient jdbc, TokenSignIns signIns) {
		this.jdbc = jdbc;
		this.signIns = signIns;
	}

	/** A token as listed to its owner: never the secret. */
	public record TokenInfo(long id, long userId, String name, String tokenPrefix, Instant createdAt,
			Instant expiresAt, Instant lastUsedAt, Instant revokedAt, List<String> scopes) {

		public boolean usable(Instant now) {
			return revokedAt == null && expiresAt.isAfter(now);
		}
	}

	/** A token just made: the secret, to show once. */
	public record IssuedToken(long id, String secret, Instant expiresAt) {
	}

	public IssuedToken issue(long userId, String name, Instant expiresAt) {
		return issue(userId, name, expiresAt, List.of());
	}

	/** A token that may also use the APIs requiring one of {@code scopes}. */
	public IssuedToken issue(long userId, String name, Instant expiresAt, List<String> scopes) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		long id = jdbc.sql("""
				INSERT INTO api_tokens (user_id, name, token_prefix, token_hash, expires_at, scopes)
				VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(userId, name, secret.substring(0, 10), sha256(secret), Timestamp.from(expiresAt),
					scopes.toArray(String[]::new))
			.query(Long.class)
			.single();
		return new IssuedToken(id, secret, expiresAt);
	}

	/** The owner of a usable token; marks the token as used. */
	public Optional<Long> ownerOf(String secret) {
		return use(secret).map(TokenUse::userId);
	}

	/** The owner of a token being used and the scopes it carries. */
	public record TokenUse(long userId, List<String> scopes) {
	}

	/**
	 * The owner and scopes of a usable token; marks the token as used, to the minute. Marking it on every request
	 * would make each API call a write of its own, and calls with the same token would queue on that one row's
	 * lock, each behind the previous one's commit; the account page shows the last use to the minute anyway.
	 */
	public Optional<TokenUse> use(String secret) {
		Optional<UsableToken> token = jdbc.sql("""
				SELECT id, user_id, scopes, last_used_at > now() - interval '1 minute' AS used_lately FROM api_tokens
				 WHERE token_hash = ? AND revoked_at IS NULL AND expires_at > now()""")
			.param(sha256(secret))
			.query((rs, n) -> new UsableToken(rs.getLong("id"), new TokenUse(rs.getLong("user_id"), scopes(rs)),
					rs.getBoolean("used_lately")))
			.optional();
		token.filter(t -> !t.usedLately()).ifPresent(t -> jdbc.sql("""
				UPDATE api_tokens SET last_used_at = now()
				 WHERE id = ? AND (last_used_at IS NULL OR last_used_at <= now() - interval '1 minute')""")
			.param(t.id())
			.update());
		return token.map(UsableToken::use);
	}

	private record UsableToken(long id, TokenUse use, boolean usedLately) {
	}

	public List<TokenInfo> ofUser(long userId) {
		return jdbc.sql("""
				SELECT id, user_id, name, token_prefix, created_at, expires_at, last_used_at, revoked_at, scopes
				  FROM api_tokens WHERE user_id = ? ORDER BY created_at DESC""")
			.param(userId)
			.query((rs, n) -> new TokenInfo(rs.getLong("id"), rs.getLong("user_id"), rs.getString("name"),
					rs.getString("token_prefix"), instant(rs.getTimestamp("created_at")),
					instant(rs.getTimestamp("expires_at")), instant(rs.getTimestamp("last_used_at")),
					instant(rs.getTimestamp("revoked_at")), scopes(rs)))
			.list();
	}

	/** A token as listed to a system administrator: with its owner, never the secret. */
	public record OwnedToken(TokenInfo token, String username, String fullName, long unitId) {
	}

	/** Every token, the usable ones first, newest first; at most {@code limit}. */
	public List<OwnedToken> all(int limit) {
		return jdbc.sql("""
				SELECT t.id, t.user_id, t.name, t.token_prefix, t.created_at, t.expires_at, t.last_used_at,
				       t.revoked_at, t.scopes, u.username, u.full_name, u.unit_id
				  FROM api_tokens t JOIN users u ON u.id = t.user_id
				 ORDER BY (t.revoked_at IS NULL AND t.expires_at > now()) DESC, t.created_at DESC LIMIT ?""")
			.param(limit)
			.query((rs, n) -> new OwnedToken(new TokenInfo(rs.getLong("id"), rs.getLong("user_id"),
					rs.getString("name"), rs.getString("token_prefix"), instant(rs.getTimestamp("created_at")),
					instant(rs.getTimestamp("expires_at")), instant(rs.getTimestamp("last_used_at")),
					instant(rs.getTimestamp("revoked_at")), scopes(rs)), rs.getString("username"),
					rs.getString("full_name"), rs.getLong("unit_id")))
			.list();
	}

	/** Revokes anyone's token, for a system administrator; the owner's unit, or nothing when it was not usable. */
	public Optional<Long> revokeAny(long tokenId) {
		signIns.forgetAll();
		return jdbc.sql("""
				UPDATE api_tokens t SET revoked_at = now() FROM users u
				 WHERE t.id = ? AND u.id = t.user_id AND t.revoked_at IS NULL RETURNING u.unit_id""")
			.param(tokenId)
			.query(Long.class)
			.optional();
	}

	public boolean revoke(long userId, long tokenId) {
		signIns.forgetAll();
		return jdbc.sql("UPDATE api_tokens SET revoked_at = now() WHERE id = ? AND user_id = ? AND revoked_at IS NULL")
			.params(tokenId, userId)
			.update() == 1;
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static List<String> scopes(java.sql.ResultSet rs) throws java.sql.SQLException {
		java.sql.Array array = rs.getArray("scopes");
		return array == null ? List.of() : List.of((String[]) array.getArray());
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
