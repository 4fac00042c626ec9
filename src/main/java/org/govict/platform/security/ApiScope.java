package org.govict.platform.security;

import java.util.Collection;
import java.util.Set;

/**
 * A scope a personal API token may carry ("personnel:read"): a module declares its scopes as beans, the account
 * page offers them, and token authentication grants each as the authority {@code SCOPE_<code>}. A request signed
 * in through the browser session acts with the user's roles alone and needs no scope.
 * <p>
 * A scope may be limited to the accounts holding one of a few roles: the account page offers it only to them, and
 * a token carries it only while its owner still holds one of them, so that taking a role away also takes the scope
 * away from the owner's tokens.
 *
 * @param code the scope as tokens carry it
 * @param messageKey the message that says what the scope allows
 * @param roles the roles that may hold the scope, any of them; empty: any account
 */
public record ApiScope(String code, String messageKey, Set<String> roles) {

	/** The authority every request authenticated by an API token carries, scoped or not. */
	public static final String TOKEN_AUTHORITY = "API_TOKEN";

	public ApiScope {
		roles = roles == null ? Set.of() : Set.copyOf(roles);
	}

	/** A scope any account may hold. */
	public ApiScope(String code, String messageKey) {
		this(code, messageKey, Set.of());
	}

	/** Whether an account with {@code accountRoles} may hold the scope. */
	public boolean heldBy(Collection<String> accountRoles) {
		return roles.isEmpty() || accountRoles.stream().anyMatch(roles::contains);
	}

	public static String authority(String code) {
		return "SCOPE_" + code;
	}
}
