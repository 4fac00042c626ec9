package org.govict.identity.internal;

import java.time.Instant;

/** A user account as stored; the password hash and second-factor secret never leave the identity module. */
public record UserAccount(Long id, String username, String fullName, String email, String phone, Long unitId,
		String passwordHash, boolean demoPassword, boolean enabled, int failedLogins, Instant lockedUntil,
		Instant lastLoginAt, String totpSecret, boolean totpEnabled, int version) {

	public boolean isLocked(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}
}
