package org.govict.personnel.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A reader from another agency's tree who opens a record without the person's consent gets the error page saying
 * so, not the general "access denied". Any other refusal, and any refusal on the API (answered as a problem
 * detail), goes on to the usual handling.
 */
@ControllerAdvice(basePackages = "org.govict.personnel.web")
class ConsentNeededPage {

	static final String CONSENT_NEEDED = "personnel.access.consentNeeded";

	@ExceptionHandler(AccessDeniedException.class)
	ModelAndView consentNeeded(AccessDeniedException ex, HandlerMethod handler, HttpServletResponse response)
			throws AccessDeniedException {
		boolean api = AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), RestController.class);
		if (api || !CONSENT_NEEDED.equals(ex.getMessage())) {
			throw ex;
		}
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		ModelAndView page = new ModelAndView("error");
		page.setStatus(org.springframework.http.HttpStatus.FORBIDDEN);
		page.addObject("status", 403);
		page.addObject("reasonKey", CONSENT_NEEDED);
		return page;
	}
}
