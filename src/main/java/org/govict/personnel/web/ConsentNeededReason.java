package org.govict.personnel.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A reader from another agency's tree who opens a record without the person's consent is refused like any other
 * refusal (403, by the security filters for a page and as a problem detail on the API), but the error page says
 * why: this resolver renders the error page with the reason's message key for pages, and leaves the key in the
 * request for the API's problem details.
 */
@Component
class ConsentNeededReason implements HandlerExceptionResolver, Ordered {

	static final String CONSENT_NEEDED = "personnel.access.consentNeeded";

	/** The request attribute error.html reads. */
	static final String ATTRIBUTE = "refusalReason";

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!(ex instanceof AccessDeniedException) || !CONSENT_NEEDED.equals(ex.getMessage())) {
			return null;
		}
		request.setAttribute(ATTRIBUTE, CONSENT_NEEDED);
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return null;
		}
		// A page is answered by forwarding to the page that explains the refusal: left to the security filters, the
		// error dispatch that renders the error page does not see the attribute.
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		return new ModelAndView("forward:" + ConsentNeededPage.PATH);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}
}
