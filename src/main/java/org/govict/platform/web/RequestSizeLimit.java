package org.govict.platform.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers 413 to a request whose declared body is over the limit, before anything reads it: JSON, form and multipart
 * bodies alike. The multipart settings ({@code spring.servlet.multipart.*}) are as high as the largest upload any
 * path allows; paths that take large uploads say so through {@link LargeUploads}, and every other path keeps this
 * limit. A multipart body of undeclared length (chunked) is refused with 411 outside those paths, since its size
 * could not be checked before it is read.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {

	private final long maxBytes;

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final JsonMapper json;

	private final List<LargeUploads> largeUploads;

	RequestSizeLimit(Settings settings, MessageSource messages, LocaleResolver locales, JsonMapper json,
			List<LargeUploads> largeUploads) {
		this.maxBytes = settings.maxRequestSize().toBytes();
		this.largeUploads = largeUploads;
		this.messages = messages;
		this.locales = locales;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		OptionalLong allowance = OptionalLong.empty();
		for (LargeUploads uploads : largeUploads) {
			allowance = uploads.maxBytes(request);
			if (allowance.isPresent()) {
				break;
			}
		}
		long limit = allowance.orElse(maxBytes);
		String contentType = request.getContentType();
		if (allowance.isEmpty() && request.getContentLengthLong() < 0 && contentType != null
				&& contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
			response.sendError(HttpStatus.LENGTH_REQUIRED.value());
			return;
		}
		if (request.getContentLengthLong() > limit) {
			Locale locale = locales.resolveLocale(request);
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
					messages.getMessage("problem.tooLarge.detail", new Object[] { limit / (1024 * 1024) }, locale));
			problem.setTitle(messages.getMessage("problem.tooLarge", null, locale));
			response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			json.writeValue(response.getWriter(), problem);
			return;
		}
		chain.doFilter(request, response);
	}

	@ConfigurationProperties("govict.web")
	record Settings(@DefaultValue("25MB") DataSize maxRequestSize) {
	}
}
