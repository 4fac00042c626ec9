package org.govict.identity.web;

import org.govict.identity.GovIctUser;
import org.govict.organisation.Organisation;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The first page after sign-in: who you are, where you sit, what you may see. */
@Controller
class HomeController {

	private final Organisation organisation;

	HomeController(Organisation organisation) {
		this.organisation = organisation;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal GovIctUser user, Model model) {
		model.addAttribute("unit", organisation.findUnscoped(user.unitId()).orElse(null));
		model.addAttribute("scopeAll", user.dataScope().unrestricted());
		return "home";
	}
}
