package org.govict.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates the {@code api_key} parameter of Open311 GeoReport v2 with a personal API token. A request without
 * a key, or with one that is unknown, revoked or expired, goes on unauthenticated: the Open311 interface itself
 * answers it, in the error format its clients understand.
 */
class ApiKeyParameter extends OncePerRequestFilter {

	private final ApiTokenAuthentication tokens;

	ApiKeyParameter(ApiTokenAuthentication tokens) {
		this.tokens = tokens;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = request.getParameter("api_key");
		if (key != null && !key.isBlank()) {
			try {
				Authentication authenticated = tokens
					.authenticate(new ApiTokenAuthentication.BearerToken(key.strip()));
				SecurityContextHolder.getContext().setAuthentication(authenticated);
			}
			catch (AuthenticationException refused) {
				SecurityContextHolder.clearContext();
			}
		}
		chain.doFilter(request, response);
	}
}
