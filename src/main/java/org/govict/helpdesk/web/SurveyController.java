package org.govict.helpdesk.web;

import org.govict.helpdesk.Helpdesk;
import org.govict.helpdesk.Ticket;
import org.govict.platform.web.InvalidInputException;
import org.govict.platform.web.RuleViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The satisfaction survey the requester reaches from the link in the closing e-mail, without signing in: the token
 * in the link is the only key, and it rates one ticket once.
 */
@Controller
class SurveyController {

	static final String SURVEY = "helpdesk/survey";

	private final Helpdesk helpdesk;

	SurveyController(Helpdesk helpdesk) {
		this.helpdesk = helpdesk;
	}

	@GetMapping("/helpdesk/survey/{token}")
	String form(@PathVariable String token, Model model) {
		Ticket t = helpdesk.surveyTicket(token).filter(s -> s.rating() == null).orElse(null);
		model.addAttribute("t", t);
		model.addAttribute("token", token);
		return SURVEY;
	}

	@PostMapping("/helpdesk/survey/{token}")
	String rate(@PathVariable String token, @RequestParam(defaultValue = "-1") int rating,
			@RequestParam(required = false) String comment, Model model) {
		try {
			helpdesk.rate(token, rating, comment);
			model.addAttribute("thanks", true);
		}
		catch (InvalidInputException invalid) {
			model.addAttribute("t", helpdesk.surveyTicket(token).orElse(null));
			model.addAttribute("token", token);
			model.addAttribute("ratingError", true);
		}
		catch (RuleViolationException | org.govict.platform.web.NotFoundException used) {
			model.addAttribute("t", null);
		}
		return SURVEY;
	}
}
