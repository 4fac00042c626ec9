package org.govict.identity.web;

import org.govict.identity.SecuritySettings;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; Spring Security handles the form's POST. */
@Controller
class SignInController {

	static final String VIEW = "login";

	private final SecuritySettings settings;

	private final boolean demo;

	SignInController(SecuritySettings settings, Environment environment) {
		this.settings = settings;
		this.demo = environment.acceptsProfiles(Profiles.of("demo"));
	}

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, @RequestParam(required = false) String username,
			Model model) {
		model.addAttribute("loginError", error);
		model.addAttribute("lastUsername", username);
		model.addAttribute("lockMinutes", settings.lockDuration().toMinutes());
		model.addAttribute("demo", demo);
		return VIEW;
	}
}
