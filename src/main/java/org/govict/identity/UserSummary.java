package org.govict.identity;

import java.time.Instant;
import java.util.Set;

/** One account in a list: who, where, with which roles, and whether they can sign in. */
public record UserSummary(long id, String username, String fullName, String email, long unitId, Set<String> roles,
		boolean enabled, Instant lockedUntil, Instant lastLoginAt) {

	public boolean isLocked() {
		return lockedUntil != null && lockedUntil.isAfter(Instant.now());
	}
}
