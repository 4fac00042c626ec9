package org.govict.identity.web;

import org.govict.identity.UserAdministration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The roles the modules declare, with how many accounts hold each: for system administrators. */
@Controller
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class RoleController {

	static final String ROLES = "identity/roles";

	private final UserAdministration users;

	RoleController(UserAdministration users) {
		this.users = users;
	}

	@GetMapping("/admin/roles")
	String roles(Model model) {
		model.addAttribute("roles", users.roles());
		return ROLES;
	}
}
