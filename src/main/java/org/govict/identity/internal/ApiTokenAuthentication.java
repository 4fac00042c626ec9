package org.govict.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.govict.identity.GovIctUser;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;

/**
 * Authenticates {@code Authorization: Bearer gov_...} with a personal API token: the request acts as the token's
 * owner, with the owner's roles and scope. Not a bean: as a bean it would take over form sign-in too.
 */
class ApiTokenAuthentication implements AuthenticationProvider {

	private final ApiTokens tokens;

	private final UserAccounts accounts;

	private final AccountDetailsService details;

	ApiTokenAuthentication(ApiTokens tokens, UserAccounts accounts, AccountDetailsService details) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.details = details;
	}

	/** Reads the bearer token, or nothing when the request has none (then the session may authenticate it). */
	Authentication convert(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return null;
		}
		return new BearerToken(header.substring(7).strip());
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String secret = ((BearerToken) authentication).secret;
		Long userId = tokens.ownerOf(secret).orElseThrow(() -> new BadCredentialsException("Unknown API token"));
		UserAccount account = accounts.find(userId).orElseThrow(() -> new BadCredentialsException("No owner"));
		GovIctUser user = details.principalOf(account);
		if (!user.isEnabled()) {
			throw new DisabledException("Account disabled");
		}
		if (!user.isAccountNonLocked()) {
			throw new LockedException("Account locked");
		}
		return new TokenAuthentication(user);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return BearerToken.class.isAssignableFrom(authentication);
	}

	static final class BearerToken extends AbstractAuthenticationToken {

		private final String secret;

		BearerToken(String secret) {
			super(java.util.List.of());
			this.secret = secret;
		}

		@Override
		public Object getCredentials() {
			return secret;
		}

		@Override
		public Object getPrincipal() {
			return null;
		}
	}

	static final class TokenAuthentication extends AbstractAuthenticationToken {

		private final GovIctUser user;

		TokenAuthentication(GovIctUser user) {
			super(user.getAuthorities());
			this.user = user;
			setAuthenticated(true);
		}

		@Override
		public Object getCredentials() {
			return null;
		}

		@Override
		public Object getPrincipal() {
			return user;
		}

		@Override
		public String getName() {
			return user.getUsername();
		}
	}
}
