package org.govict.personnel.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/** The 403 page that says a record needs the person's consent before another agency may read it. */
@Controller
class ConsentNeededPage {

	static final String PATH = "/personnel/consent-needed";

	@RequestMapping(PATH)
	String explain(Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.FORBIDDEN.value());
		model.addAttribute("status", HttpStatus.FORBIDDEN.value());
		model.addAttribute(ConsentNeededReason.ATTRIBUTE, ConsentNeededReason.CONSENT_NEEDED);
		return "error";
	}
}
