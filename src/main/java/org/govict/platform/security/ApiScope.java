package org.govict.platform.security;

/**
 * A scope a personal API token may carry ("personnel:read"): a module declares its scopes as beans, the account
 * page offers them, and token authentication grants each as the authority {@code SCOPE_<code>}. A request signed
 * in through the browser session acts with the user's roles alone and needs no scope.
 *
 * @param code the scope as tokens carry it
 * @param messageKey the message that says what the scope allows
 */
public record ApiScope(String code, String messageKey) {

	/** The authority every request authenticated by an API token carries, scoped or not. */
	public static final String TOKEN_AUTHORITY = "API_TOKEN";

	public static String authority(String code) {
		return "SCOPE_" + code;
	}
}
