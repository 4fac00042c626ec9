package org.govict.audit.internal;

import java.time.Instant;

/**
 * The outcome of walking the chain: how many entries were checked and, if the chain is broken, the first entry
 * whose link does not hold and why. Entries not linked yet (their transactions were still running, or the chainer
 * has not reached them) are counted as pending: they are not part of the chain, so they cannot break it.
 */
public record ChainVerification(boolean intact, long entriesChecked, Long firstBrokenEntryId, String reason,
		long entriesPending, Instant verifiedAt) {

	public static final String HASH_MISMATCH = "HASH_MISMATCH";

	public static final String LINK_MISMATCH = "LINK_MISMATCH";
}
