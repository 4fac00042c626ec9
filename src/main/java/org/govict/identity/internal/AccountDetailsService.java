package org.govict.identity.internal;

import java.time.Instant;
import java.util.Set;

import org.govict.identity.GovIctUser;
import org.govict.platform.security.DataScope;
import org.govict.platform.security.Roles;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the signed-in user from the stored account: roles and data scope are fixed at sign-in. */
@Service
public class AccountDetailsService implements UserDetailsService {

	private final UserAccounts accounts;

	AccountDetailsService(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public GovIctUser loadUserByUsername(String username) {
		UserAccount account = accounts.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("No account " + username));
		return principalOf(account);
	}

	@Transactional(readOnly = true)
	public GovIctUser principalOf(UserAccount account) {
		Set<String> roles = accounts.roles(account.id());
		DataScope scope = roles.contains(Roles.SYSTEM_ADMIN) ? DataScope.EVERYTHING
				: new DataScope(account.unitId(), accounts.grantedUnits(account.id()), false);
		return new GovIctUser(account.id(), account.username(), account.passwordHash(), account.fullName(),
				account.unitId(), account.enabled(), account.isLocked(Instant.now()), roles, scope,
				account.totpEnabled());
	}
}
