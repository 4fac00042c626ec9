package org.govict.audit.internal;

import java.time.Instant;

/**
 * The outcome of walking the chain: how many entries were checked and, if the chain is broken, the first entry
 * whose link does not hold and why.
 */
public record ChainVerification(boolean intact, long entriesChecked, Long firstBrokenEntryId, String reason,
		Instant verifiedAt) {

	public static final String HASH_MISMATCH = "HASH_MISMATCH";

	public static final String LINK_MISMATCH = "LINK_MISMATCH";
}
