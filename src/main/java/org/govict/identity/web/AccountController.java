package org.govict.identity.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.govict.audit.AuditRecord;
import org.govict.audit.AuditTrail;
import org.govict.identity.GovIctUser;
import org.govict.identity.internal.ApiTokens;
import org.govict.identity.internal.PasswordPolicy;
import org.govict.identity.internal.UserAccount;
import org.govict.identity.internal.UserAccounts;
import org.govict.organisation.Organisation;
import org.govict.platform.security.ApiScope;
import org.govict.platform.web.Flash;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own account: profile, password, and personal API tokens. */
@Controller
class AccountController {

	static final String VIEW = "identity/account";

	private final UserAccounts accounts;

	private final ApiTokens tokens;

	private final PasswordPolicy policy;

	private final PasswordEncoder passwords;

	private final Organisation organisation;

	private final AuditTrail audit;

	private final List<ApiScope> scopes;

	AccountController(UserAccounts accounts, ApiTokens tokens, PasswordPolicy policy, PasswordEncoder passwords,
			Organisation organisation, AuditTrail audit, List<ApiScope> scopes) {
		this.scopes = scopes;
		this.accounts = accounts;
		this.tokens = tokens;
		this.policy = policy;
		this.passwords = passwords;
		this.organisation = organisation;
		this.audit = audit;
	}

	/** A new personal API token: a name to recognise it by, how many days it lives, and its API scopes. */
	record TokenForm(@NotBlank @Size(max = 100) String name, @NotNull @Min(1) @Max(365) Integer days,
			List<String> scopes) {

		TokenForm {
			scopes = scopes == null ? List.of() : List.copyOf(scopes);
		}
	}

	/** A password change: the current one, and the new one twice. */
	record PasswordForm(@NotBlank String current, @NotBlank String password, @NotBlank String confirmation) {
	}

	@GetMapping("/account")
	String account(@AuthenticationPrincipal GovIctUser user, Model model) {
		if (!model.containsAttribute("tokenForm")) {
			model.addAttribute("tokenForm", new TokenForm("", 90, List.of()));
		}
		if (!model.containsAttribute("passwordForm")) {
			model.addAttribute("passwordForm", new PasswordForm("", "", ""));
		}
		return page(user, model);
	}

	@PostMapping("/account/tokens")
	@Transactional
	String issueToken(@AuthenticationPrincipal GovIctUser user, @Valid @ModelAttribute("tokenForm") TokenForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		List<String> known = scopes.stream().map(ApiScope::code).toList();
		List<String> allowed = offered(user).stream().map(ApiScope::code).toList();
		if (!known.containsAll(form.scopes())) {
			result.rejectValue("scopes", "account.token.unknownScope");
		}
		else {
			form.scopes()
				.stream()
				.filter(code -> !allowed.contains(code))
				.distinct()
				.forEach(code -> result.rejectValue("scopes", "account.token.scopeNotAllowed", new Object[] { code },
						null));
		}
		if (result.hasErrors()) {
			model.addAttribute("passwordForm", new PasswordForm("", "", ""));
			return page(user, model);
		}
		ApiTokens.IssuedToken issued = tokens.issue(user.userId(), form.name().strip(),
				Instant.now().plus(form.days(), ChronoUnit.DAYS), form.scopes().stream().distinct().toList());
		audit.record(AuditRecord.created("identity", "ApiToken", issued.id(), user.unitId(),
				Map.of("name", form.name().strip(), "expiresAt", issued.expiresAt().toString(), "scopes",
						form.scopes())));
		redirect.addFlashAttribute("issuedToken", issued.secret());
		Flash.success(redirect, "account.token.issued");
		return "redirect:/account";
	}

	@PostMapping("/account/tokens/{id}/revoke")
	@Transactional
	String revokeToken(@AuthenticationPrincipal GovIctUser user, @PathVariable long id, RedirectAttributes redirect) {
		if (tokens.revoke(user.userId(), id)) {
			audit.record(AuditRecord.action("identity", "REVOKE", "ApiToken", id, user.unitId(), null, null));
			Flash.success(redirect, "account.token.revoked");
		}
		return "redirect:/account";
	}

	@PostMapping("/account/password")
	@Transactional
	String changePassword(@AuthenticationPrincipal GovIctUser user,
			@Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		UserAccount account = accounts.find(user.userId()).orElseThrow();
		if (!result.hasFieldErrors("current") && !passwords.matches(form.current(), account.passwordHash())) {
			result.rejectValue("current", "account.password.wrongCurrent");
		}
		if (!result.hasFieldErrors("password")) {
			policy.check(account.username(), form.password()).forEach(key -> result.rejectValue("password", key));
		}
		if (!result.hasFieldErrors("confirmation") && !form.password().equals(form.confirmation())) {
			result.rejectValue("confirmation", "account.password.mismatch");
		}
		if (result.hasErrors()) {
			model.addAttribute("tokenForm", new TokenForm("", 90, List.of()));
			return page(user, model);
		}
		accounts.changePassword(account.id(), passwords.encode(form.password()), false);
		audit.record(AuditRecord.action("identity", "CHANGE_PASSWORD", "User", account.id(), account.unitId(), null,
				null));
		Flash.success(redirect, "account.password.changed");
		return "redirect:/account";
	}

	/** The scopes the user's roles, as they are now, allow a token to carry. */
	private List<ApiScope> offered(GovIctUser user) {
		Set<String> roles = accounts.roles(user.userId());
		return scopes.stream().filter(scope -> scope.heldBy(roles)).toList();
	}

	private String page(GovIctUser user, Model model) {
		UserAccount account = accounts.find(user.userId()).orElseThrow();
		model.addAttribute("account", account);
		model.addAttribute("unit", organisation.findUnscoped(account.unitId()).orElse(null));
		model.addAttribute("roles", accounts.roles(account.id()));
		List<ApiTokens.TokenInfo> list = tokens.ofUser(account.id());
		model.addAttribute("tokens", list);
		model.addAttribute("apiScopes", offered(user));
		model.addAttribute("now", Instant.now());
		return VIEW;
	}
}
