package org.govict.identity.internal;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 on the API as problem details in the caller's language, never a redirect to the sign-in page. */
@Component
class ApiProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final JsonMapper json;

	ApiProblemResponses(MessageSource messages, LocaleResolver locales, JsonMapper json) {
		this.messages = messages;
		this.locales = locales;
		this.json = json;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		response.setHeader("WWW-Authenticate", "Bearer");
		write(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthorized");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, "problem.forbidden");
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key)
			throws IOException {
		Locale locale = locales.resolveLocale(request);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				messages.getMessage(key + ".detail", null, locale));
		problem.setTitle(messages.getMessage(key, null, locale));
		problem.setInstance(java.net.URI.create(request.getRequestURI()));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getWriter(), problem);
	}
}
