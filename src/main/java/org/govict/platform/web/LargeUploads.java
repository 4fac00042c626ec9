package org.govict.platform.web;

import java.util.OptionalLong;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Requests that may carry more than the platform's request limit ({@code govict.web.max-request-size}), such as the
 * upload of a large import file, and their own limit. A module that takes such uploads provides a bean; every other
 * request keeps the platform's limit.
 */
public interface LargeUploads {

	/** The limit for this request, or empty when it keeps the platform's limit. */
	OptionalLong maxBytes(HttpServletRequest request);
}
