package org.govict.audit.internal;

import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Walks the trail from its first entry and reports the first link that does not hold. */
@Service
public class ChainVerifier {

	private final AuditEntries entries;

	ChainVerifier(AuditEntries entries) {
		this.entries = entries;
	}

	@Transactional(readOnly = true)
	public ChainVerification verify() {
		Walk walk = new Walk();
		entries.forEachInOrder(walk::check);
		return new ChainVerification(walk.brokenAt == null, walk.checked, walk.brokenAt, walk.reason, Instant.now());
	}

	private static final class Walk {

		String expectedPrev = HashChain.GENESIS;

		long checked;

		Long brokenAt;

		String reason;

		void check(AuditEntry entry) {
			if (brokenAt != null) {
				return;
			}
			checked++;
			if (!entry.prevHash().equals(expectedPrev)) {
				brokenAt = entry.id();
				reason = ChainVerification.LINK_MISMATCH;
				return;
			}
			if (!HashChain.hashOf(entry).equals(entry.hash())) {
				brokenAt = entry.id();
				reason = ChainVerification.HASH_MISMATCH;
				return;
			}
			expectedPrev = entry.hash();
		}
	}
}
