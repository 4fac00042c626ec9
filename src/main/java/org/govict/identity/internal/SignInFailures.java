package org.govict.identity.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** Sends a failed sign-in back to the form, saying whether the password was wrong or the account is locked. */
@Component
class SignInFailures implements AuthenticationFailureHandler {

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String reason = exception instanceof LockedException ? "locked"
				: exception instanceof DisabledException ? "disabled" : "bad";
		String username = request.getParameter("username");
		response.sendRedirect(UriComponentsBuilder.fromPath(request.getContextPath() + "/login")
			.queryParam("error", reason)
			.queryParam("username", username == null ? "" : username)
			.encode()
			.toUriString());
	}
}
