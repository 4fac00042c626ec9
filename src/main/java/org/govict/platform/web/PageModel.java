package org.govict.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout needs on every page: the path, to mark the current module and to switch language in place. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class PageModel {

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	@ModelAttribute("currentQuery")
	String currentQuery(HttpServletRequest request) {
		String query = request.getQueryString();
		if (query == null) {
			return "";
		}
		// The language switch adds its own lang parameter; keep the rest of the query as it was.
		return query.replaceAll("(^|&)lang=[^&]*", "").replaceFirst("^&", "");
	}
}
