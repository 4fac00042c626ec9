package org.govict.identity.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.govict.identity.GovIctUser;
import org.govict.platform.security.ApiScope;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Authenticates {@code Authorization: Bearer gov_...} with a personal API token: the request acts as the token's
 * owner, with the owner's roles and data scope, and with the API scopes the token carries that the owner may still
 * hold: a scope limited to some roles lapses while the owner holds none of them (the token keeps it, and it comes
 * back with the role), and a scope no module declares any more is not granted. Not a bean: as a bean it would take
 * over form sign-in too.
 */
class ApiTokenAuthentication implements AuthenticationProvider {

	private final ApiTokens tokens;

	private final UserAccounts accounts;

	private final AccountDetailsService details;

	private final Map<String, ApiScope> scopes;

	private final TokenSignIns signIns;

	ApiTokenAuthentication(ApiTokens tokens, UserAccounts accounts, AccountDetailsService details,
			List<ApiScope> scopes, TokenSignIns signIns) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.details = details;
		this.scopes = scopes.stream().collect(Collectors.toMap(ApiScope::code, s -> s, (a, b) -> a));
		this.signIns = signIns;
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
		return signIns.of(secret, () -> signIn(secret));
	}

	private Authentication signIn(String secret) {
		ApiTokens.TokenUse use = tokens.use(secret)
			.orElseThrow(() -> new BadCredentialsException("Unknown API token"));
		UserAccount account = accounts.find(use.userId()).orElseThrow(() -> new BadCredentialsException("No owner"));
		GovIctUser user = details.principalOf(account);
		if (!user.isEnabled()) {
			throw new DisabledException("Account disabled");
		}
		if (!user.isAccountNonLocked()) {
			throw new LockedException("Account locked");
		}
		return new TokenAuthentication(user, held(use.scopes(), user));
	}

	/** The scopes of a token that its owner may hold now. */
	List<String> held(List<String> carried, GovIctUser owner) {
		return carried.stream().filter(code -> {
			ApiScope scope = scopes.get(code);
			return scope != null && scope.heldBy(owner.roles());
		}).toList();
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

		/** The owner's roles, the mark of a token, and an authority {@code SCOPE_<scope>} per scope it carries. */
		TokenAuthentication(GovIctUser user, java.util.List<String> scopes) {
			super(authorities(user, scopes));
			this.user = user;
			setAuthenticated(true);
		}

		private static java.util.List<org.springframework.security.core.GrantedAuthority> authorities(GovIctUser user,
				java.util.List<String> scopes) {
			java.util.List<org.springframework.security.core.GrantedAuthority> all = new java.util.ArrayList<>(
					user.getAuthorities());
			all.add(new SimpleGrantedAuthority(ApiScope.TOKEN_AUTHORITY));
			scopes.forEach(scope -> all.add(new SimpleGrantedAuthority(ApiScope.authority(scope))));
			return all;
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
