package org.govict.platform.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user of the current request, if any. */
public final class CurrentUser {

	private CurrentUser() {
	}

	public static Optional<ScopedPrincipal> get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof ScopedPrincipal principal) {
			return Optional.of(principal);
		}
		return Optional.empty();
	}

	/** The scope of the current user; a request without a signed-in user sees nothing. */
	public static DataScope scope() {
		return get().map(ScopedPrincipal::dataScope).orElse(DataScope.NONE);
	}

	/** The name recorded as the actor of a change: the user, or "system" for work without one. */
	public static String actorName() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated() ? authentication.getName() : "system";
	}

	public static boolean hasRole(String role) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
	}

	/**
	 * Whether the current request may use an API that requires {@code scope}: a request with an API token needs
	 * the token to carry it; a browser session acts with the user's roles alone.
	 */
	public static boolean hasScope(String scope) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return false;
		}
		boolean token = authentication.getAuthorities()
			.stream()
			.anyMatch(a -> ApiScope.TOKEN_AUTHORITY.equals(a.getAuthority()));
		return !token || authentication.getAuthorities()
			.stream()
			.anyMatch(a -> a.getAuthority().equals(ApiScope.authority(scope)));
	}

	/**
	 * Whether the current request comes with an API token that carries {@code scope}; unlike {@link #hasScope}, a
	 * browser session does not count.
	 */
	public static boolean tokenCarries(String scope) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch(a -> a.getAuthority().equals(ApiScope.authority(scope)));
	}
}
