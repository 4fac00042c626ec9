package org.govict.identity;

import java.time.Instant;
import java.util.Set;

/**
 * An account as administrators see it. It holds no password hash and no second-factor secret: only whether the
 * password is still a demo one and whether a second factor is on.
 */
public record UserProfile(long id, String username, String fullName, String email, String phone, long unitId,
		Set<String> roles, Set<Long> grantedUnitIds, boolean enabled, int failedLogins, Instant lockedUntil,
		Instant lastLoginAt, boolean demoPassword, boolean totpEnabled, int activeApiTokens, int version) {

	public boolean isLocked() {
		return lockedUntil != null && lockedUntil.isAfter(Instant.now());
	}
}
