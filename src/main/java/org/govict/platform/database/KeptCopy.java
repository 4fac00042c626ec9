package org.govict.platform.database;

import java.time.Duration;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A copy of a small table that nearly every request consults and that administrators change rarely (the working
 * calendar, the deadline rules, the topics): read once and kept for a short while, instead of read on every
 * request. A change made on this node is seen at once, since the module that makes it drops the copy when the
 * changing transaction ends; a change made on another node of a scaled-out installation is seen within
 * {@link #KEPT_FOR}.
 *
 * @param <T> what is kept: an immutable value built from the rows
 */
public final class KeptCopy<T> {

	/** How long a copy is kept before it is read again. */
	public static final Duration KEPT_FOR = Duration.ofSeconds(30);

	private final LoadingCache<Boolean, T> copy;

	public KeptCopy(Supplier<T> reader) {
		this(KEPT_FOR, reader);
	}

	public KeptCopy(Duration keptFor, Supplier<T> reader) {
		this.copy = Caffeine.newBuilder().expireAfterWrite(keptFor).build(key -> reader.get());
	}

	public T get() {
		return copy.get(Boolean.TRUE);
	}

	/**
	 * Forgets the copy now and again when the current transaction ends, so that no request keeps what was read
	 * between the change and its commit.
	 */
	public void changed() {
		copy.invalidateAll();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					copy.invalidateAll();
				}
			});
		}
	}
}
