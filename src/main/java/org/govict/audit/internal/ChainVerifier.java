package org.govict.audit.internal;

import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links what has committed, then walks the chain from its first entry and reports the first link that does not
 * hold, and how many entries still wait to be linked.
 */
@Service
public class ChainVerifier {

	private final AuditEntries entries;

	private final AuditChainer chainer;

	private final TransactionTemplate readOnly;

	ChainVerifier(AuditEntries entries, AuditChainer chainer, PlatformTransactionManager transactionManager) {
		this.entries = entries;
		this.chainer = chainer;
		this.readOnly = new TransactionTemplate(transactionManager);
		this.readOnly.setReadOnly(true);
	}

	public ChainVerification verify() {
		chainer.chainCommitted();
		return readOnly.execute(status -> {
			Walk walk = new Walk();
			entries.forEachLinkedInOrder(walk::check);
			return new ChainVerification(walk.brokenAt == null, walk.checked, walk.brokenAt, walk.reason,
					entries.countUnlinked(), Instant.now());
		});
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
