package org.govict.identity.internal;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.govict.identity.GovIctUser;
import org.govict.identity.SecuritySettings;
import org.govict.platform.security.Roles;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The second step of signing in. After the password, a user with a second factor must enter a code before any
 * other page opens; where administrators are required to have one (the prod profile) and have none, they must
 * set it up first. The pending state lives in the (database-backed) session.
 */
@Component
public class SecondFactorGate extends OncePerRequestFilter implements AuthenticationSuccessHandler {

	public static final String PENDING = "govict.secondFactor.pending";

	public static final String ENROLMENT_REQUIRED = "govict.secondFactor.enrolmentRequired";

	public static final String CODE_PAGE = "/login/second-factor";

	public static final String ENROL_PAGE = "/account/second-factor";

	private static final Set<String> ALWAYS_OPEN = Set.of("/logout", "/css/", "/js/", "/webjars/", "/favicon",
			"/error");

	private final SecuritySettings settings;

	private final SavedRequestAwareAuthenticationSuccessHandler next = new SavedRequestAwareAuthenticationSuccessHandler();

	SecondFactorGate(SecuritySettings settings) {
		this.settings = settings;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		if (authentication.getPrincipal() instanceof GovIctUser user) {
			if (user.totpEnabled()) {
				request.getSession().setAttribute(PENDING, Boolean.TRUE);
				response.sendRedirect(request.getContextPath() + CODE_PAGE);
				return;
			}
			if (settings.requireTotpForAdministrators() && isAdministrator(user)) {
				request.getSession().setAttribute(ENROLMENT_REQUIRED, Boolean.TRUE);
				response.sendRedirect(request.getContextPath() + ENROL_PAGE);
				return;
			}
		}
		next.onAuthenticationSuccess(request, response, authentication);
	}

	/** Finishes the sign-in after a correct code or a completed enrolment: on to the page first asked for. */
	public void complete(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws IOException, ServletException {
		HttpSession session = request.getSession();
		session.removeAttribute(PENDING);
		session.removeAttribute(ENROLMENT_REQUIRED);
		next.onAuthenticationSuccess(request, response, authentication);
	}

	static boolean isAdministrator(GovIctUser user) {
		return user.hasRole(Roles.SYSTEM_ADMIN) || user.hasRole(Roles.UNIT_ADMIN);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null) {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			boolean open = ALWAYS_OPEN.stream().anyMatch(path::startsWith);
			if (!open && session.getAttribute(PENDING) != null && !path.equals(CODE_PAGE)) {
				deny(request, response, CODE_PAGE);
				return;
			}
			if (!open && session.getAttribute(ENROLMENT_REQUIRED) != null && !path.startsWith(ENROL_PAGE)) {
				deny(request, response, ENROL_PAGE);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private static void deny(HttpServletRequest request, HttpServletResponse response, String page)
			throws IOException {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
			return;
		}
		response.sendRedirect(request.getContextPath() + page);
	}
}
