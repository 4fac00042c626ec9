package org.govict.identity.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The sign-ins of API tokens in use, kept for a few seconds: a system that sends many requests in a row is
 * authenticated once, not by four queries on every request. Revoking a token, or changing, disabling or locking
 * its owner's account, forgets every kept sign-in on this node when the change commits; on the other nodes of a
 * scaled-out installation the change takes effect within {@link #KEPT_FOR}. Kept by the token's hash, never by
 * the token itself.
 */
@Component
class TokenSignIns {

	static final Duration KEPT_FOR = Duration.ofSeconds(10);

	private final Cache<String, Authentication> kept = Caffeine.newBuilder()
		.expireAfterWrite(KEPT_FOR)
		.maximumSize(10_000)
		.build();

	/** The kept sign-in of the token, or the one {@code signIn} makes; a refusal is thrown and never kept. */
	Authentication of(String secret, Supplier<Authentication> signIn) {
		return kept.get(DigestUtils.sha256Hex(secret.getBytes(StandardCharsets.UTF_8)), key -> signIn.get());
	}

	/** Forgets every kept sign-in now and when the current transaction ends. */
	void forgetAll() {
		kept.invalidateAll();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					kept.invalidateAll();
				}
			});
		}
	}
}
