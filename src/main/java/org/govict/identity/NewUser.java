package org.govict.identity;

import java.util.Set;

/** What it takes to open an account: who, in which unit, with which roles and extra scopes. */
public record NewUser(String username, String fullName, String email, String phone, long unitId, Set<String> roles,
		Set<Long> grantedUnitIds) {
}
