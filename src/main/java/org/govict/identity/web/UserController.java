package org.govict.identity.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.govict.identity.Role;
import org.govict.identity.UserAdministration;
import org.govict.identity.UserForm;
import org.govict.identity.UserPage;
import org.govict.identity.UserProfile;
import org.govict.organisation.Organisation;
import org.govict.organisation.OrganisationUnit;
import org.govict.platform.web.Flash;
import org.govict.platform.web.InvalidInputException;
import org.govict.platform.web.RuleViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' pages for user accounts: list and search, detail, open, edit, unlock, disable and set a
 * password. Accounts outside the administrator's scope are "not found", as everywhere else. The forms are
 * checked as a whole by {@link UserAdministration}, so that every field at fault is marked at once.
 */
@Controller
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNIT_ADMIN')")
class UserController {

	static final String LIST = "identity/users/list";

	static final String RESULTS = "identity/users/fragments/results :: results";

	static final String DETAIL = "identity/users/detail";

	static final String FORM = "identity/users/form";

	static final int PAGE_SIZE = 20;

	private final UserAdministration users;

	private final Organisation organisation;

	UserController(UserAdministration users, Organisation organisation) {
		this.users = users;
		this.organisation = organisation;
	}

	/** A new password set by an administrator. */
	record PasswordForm(String password) {
	}

	@GetMapping("/users")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long unitId,
			@RequestParam(defaultValue = "0") int page, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		UserPage result = users.search(q, unitId, Math.max(page, 0), PAGE_SIZE);
		List<OrganisationUnit> units = organisation.visibleUnits(false);
		model.addAttribute("q", q == null ? "" : q.strip());
		model.addAttribute("unitId", unitId);
		model.addAttribute("result", result);
		model.addAttribute("units", units);
		model.addAttribute("unitsById", byId(units));
		model.addAttribute("rolesByCode", rolesByCode());
		return htmx != null ? RESULTS : LIST;
	}

	@GetMapping("/users/{id:\\d+}")
	String detail(@PathVariable long id, Model model) {
		UserProfile user = users.view(id);
		if (!model.containsAttribute("passwordForm")) {
			model.addAttribute("passwordForm", new PasswordForm(""));
		}
		return detailPage(user, model);
	}

	@GetMapping("/users/new")
	String createForm(@RequestParam(required = false) Long unitId, Model model) {
		model.addAttribute("userForm", UserForm.empty(unitId));
		return prepareForm(model, null);
	}

	@PostMapping("/users/new")
	String create(@ModelAttribute("userForm") UserForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return prepareForm(model, null);
		}
		try {
			UserProfile created = users.open(form);
			Flash.success(redirect, "users.created", created.username());
			return "redirect:/users/" + created.id();
		}
		catch (InvalidInputException invalid) {
			result.addAllErrors(invalid.getErrors());
			return prepareForm(model, null);
		}
	}

	@GetMapping("/users/{id:\\d+}/edit")
	String editForm(@PathVariable long id, Model model) {
		UserProfile user = users.get(id);
		if (!users.mayChange(user)) {
			throw new AccessDeniedException("Not allowed to change account " + id);
		}
		model.addAttribute("userForm", UserForm.of(user));
		return prepareForm(model, user);
	}

	@PostMapping("/users/{id:\\d+}/edit")
	String update(@PathVariable long id, @ModelAttribute("userForm") UserForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		UserProfile user = users.get(id);
		if (result.hasErrors()) {
			return prepareForm(model, user);
		}
		try {
			users.update(id, form);
			Flash.success(redirect, "common.saved");
			return "redirect:/users/" + id;
		}
		catch (InvalidInputException invalid) {
			result.addAllErrors(invalid.getErrors());
			return prepareForm(model, user);
		}
		catch (RuleViolationException stale) {
			result.reject(stale.getMessageKey());
			return prepareForm(model, user);
		}
	}

	@PostMapping("/users/{id:\\d+}/unlock")
	String unlock(@PathVariable long id, RedirectAttributes redirect) {
		users.unlock(id);
		Flash.success(redirect, "users.unlocked");
		return "redirect:/users/" + id;
	}

	@PostMapping("/users/{id:\\d+}/disable")
	String disable(@PathVariable long id, RedirectAttributes redirect) {
		try {
			users.disable(id);
			Flash.success(redirect, "users.disabled");
		}
		catch (RuleViolationException rule) {
			Flash.error(redirect, rule.getMessageKey(), rule.getArguments());
		}
		return "redirect:/users/" + id;
	}

	@PostMapping("/users/{id:\\d+}/enable")
	String enable(@PathVariable long id, RedirectAttributes redirect) {
		users.enable(id);
		Flash.success(redirect, "users.enabled");
		return "redirect:/users/" + id;
	}

	@PostMapping("/users/{id:\\d+}/password")
	String setPassword(@PathVariable long id, @ModelAttribute("passwordForm") PasswordForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		try {
			users.setPassword(id, form.password());
			Flash.success(redirect, "users.passwordSet");
			return "redirect:/users/" + id;
		}
		catch (InvalidInputException invalid) {
			result.addAllErrors(invalid.getErrors());
			return detailPage(users.get(id), model);
		}
	}

	private String detailPage(UserProfile user, Model model) {
		OrganisationUnit unit = organisation.find(user.unitId()).orElseThrow();
		model.addAttribute("user", user);
		model.addAttribute("unit", unit);
		model.addAttribute("ancestry", organisation.ancestry(unit));
		model.addAttribute("grantedUnits",
				user.grantedUnitIds().stream().map(organisation::findUnscoped).flatMap(java.util.Optional::stream).toList());
		model.addAttribute("rolesByCode", rolesByCode());
		model.addAttribute("mayChange", users.mayChange(user));
		model.addAttribute("mayDisable", users.mayDisable(user));
		return DETAIL;
	}

	private String prepareForm(Model model, UserProfile user) {
		List<OrganisationUnit> units = users.assignableUnits();
		model.addAttribute("user", user);
		model.addAttribute("units", units);
		model.addAttribute("grantableRoles", users.grantableRoles());
		model.addAttribute("rolesByCode", rolesByCode());
		return FORM;
	}

	private Map<String, Role> rolesByCode() {
		return users.roles()
			.stream()
			.collect(Collectors.toMap(Role::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

	private static Map<Long, OrganisationUnit> byId(List<OrganisationUnit> units) {
		return units.stream().collect(Collectors.toMap(OrganisationUnit::id, Function.identity()));
	}
}
