package org.govict.identity.web;

import java.time.Instant;
import java.util.Locale;

import org.govict.audit.AuditRecord;
import org.govict.audit.AuditTrail;
import org.govict.identity.SecuritySettings;
import org.govict.identity.internal.PasswordPolicy;
import org.govict.identity.internal.PasswordResets;
import org.govict.identity.internal.UserAccount;
import org.govict.identity.internal.UserAccounts;
import org.govict.mail.Outbox;
import org.govict.platform.PlatformSettings;
import org.govict.platform.web.Flash;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Password reset by e-mail link. The answer to a request is the same whether or not the account exists, so that
 * the page cannot be used to find out who has an account.
 */
@Controller
class PasswordResetController {

	static final String REQUEST = "identity/password-reset-request";

	static final String RESET = "identity/password-reset";

	private final UserAccounts accounts;

	private final PasswordResets resets;

	private final PasswordPolicy policy;

	private final PasswordEncoder passwords;

	private final Outbox outbox;

	private final MessageSource messages;

	private final SecuritySettings settings;

	private final PlatformSettings platform;

	private final AuditTrail audit;

	PasswordResetController(UserAccounts accounts, PasswordResets resets, PasswordPolicy policy,
			PasswordEncoder passwords, Outbox outbox, MessageSource messages, SecuritySettings settings,
			PlatformSettings platform, AuditTrail audit) {
		this.accounts = accounts;
		this.resets = resets;
		this.policy = policy;
		this.passwords = passwords;
		this.outbox = outbox;
		this.messages = messages;
		this.settings = settings;
		this.platform = platform;
		this.audit = audit;
	}

	@GetMapping("/password-reset")
	String requestForm() {
		return REQUEST;
	}

	@PostMapping("/password-reset")
	@Transactional
	String request(@RequestParam(defaultValue = "") String login, Locale locale, RedirectAttributes redirect) {
		String given = login.strip();
		if (given.isEmpty()) {
			Flash.error(redirect, "reset.loginRequired");
			return "redirect:/password-reset";
		}
		accounts.findByUsername(given)
			.or(() -> accounts.findByEmail(given))
			.filter(account -> account.enabled() && account.email() != null)
			.ifPresent(account -> sendLink(account, locale));
		Flash.success(redirect, "reset.sent");
		return "redirect:/login";
	}

	private void sendLink(UserAccount account, Locale locale) {
		String secret = resets.issue(account.id(), Instant.now().plus(settings.passwordResetValidity()));
		String link = platform.baseUrl() + "/password-reset/" + secret;
		long minutes = settings.passwordResetValidity().toMinutes();
		outbox.send(account.email(), messages.getMessage("reset.mail.subject", null, locale),
				messages.getMessage("reset.mail.body", new Object[] { account.fullName(), link, minutes }, locale));
		audit.record(AuditRecord.action("identity", "PASSWORD_RESET_REQUESTED", "User", account.id(),
				account.unitId(), null, null).by(account.username()));
	}

	@GetMapping("/password-reset/{secret}")
	String resetForm(@PathVariable String secret, Model model) {
		if (resets.userOf(secret).isEmpty()) {
			model.addAttribute("invalidLink", true);
		}
		model.addAttribute("secret", secret);
		return RESET;
	}

	@PostMapping("/password-reset/{secret}")
	@Transactional
	String reset(@PathVariable String secret, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String confirmation, Model model, RedirectAttributes redirect) {
		Long userId = resets.userOf(secret).orElse(null);
		model.addAttribute("secret", secret);
		if (userId == null) {
			model.addAttribute("invalidLink", true);
			return RESET;
		}
		UserAccount account = accounts.find(userId).orElseThrow();
		var problems = policy.check(account.username(), password);
		if (!problems.isEmpty()) {
			model.addAttribute("passwordErrors", problems);
			return RESET;
		}
		if (!password.equals(confirmation)) {
			model.addAttribute("confirmationError", "account.password.mismatch");
			return RESET;
		}
		accounts.changePassword(account.id(), passwords.encode(password), false);
		resets.useUp(account.id());
		audit.record(AuditRecord.action("identity", "PASSWORD_RESET", "User", account.id(), account.unitId(), null,
				null).by(account.username()));
		Flash.success(redirect, "reset.done");
		return "redirect:/login";
	}
}
