package org.govict.identity.web;

import java.io.IOException;
import java.time.Instant;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.govict.audit.AuditRecord;
import org.govict.audit.AuditTrail;
import org.govict.identity.GovIctUser;
import org.govict.identity.internal.SecondFactorGate;
import org.govict.identity.internal.TotpCodes;
import org.govict.identity.internal.UserAccount;
import org.govict.identity.internal.UserAccounts;
import org.govict.platform.web.Flash;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The second factor: entering the code after the password, and setting up or removing an authenticator app on
 * one's own account. A secret being set up waits in the session until a first code proves the app has it.
 */
@Controller
class SecondFactorController {

	static final String CODE_VIEW = "identity/second-factor";

	static final String ENROL_VIEW = "identity/second-factor-enrol";

	static final String NEW_SECRET = "govict.secondFactor.newSecret";

	private final UserAccounts accounts;

	private final TotpCodes codes;

	private final SecondFactorGate gate;

	private final AuditTrail audit;

	SecondFactorController(UserAccounts accounts, TotpCodes codes, SecondFactorGate gate, AuditTrail audit) {
		this.accounts = accounts;
		this.codes = codes;
		this.gate = gate;
		this.audit = audit;
	}

	@GetMapping(SecondFactorGate.CODE_PAGE)
	String codeForm() {
		return CODE_VIEW;
	}

	@PostMapping(SecondFactorGate.CODE_PAGE)
	@Transactional
	String checkCode(@AuthenticationPrincipal GovIctUser user, @RequestParam(defaultValue = "") String code,
			Authentication authentication, HttpServletRequest request, HttpServletResponse response, Model model)
			throws IOException, ServletException {
		UserAccount account = accounts.find(user.userId()).orElseThrow();
		if (!codes.verify(account.totpSecret(), code, Instant.now())) {
			audit.record(AuditRecord.action("identity", "SECOND_FACTOR_FAILED", "User", account.id(),
					account.unitId(), null, null));
			model.addAttribute("codeError", true);
			return CODE_VIEW;
		}
		gate.complete(request, response, authentication);
		return null;
	}

	@GetMapping(SecondFactorGate.ENROL_PAGE)
	String enrolForm(@AuthenticationPrincipal GovIctUser user, HttpSession session, Model model) {
		String secret = (String) session.getAttribute(NEW_SECRET);
		if (secret == null) {
			secret = codes.newSecret();
			session.setAttribute(NEW_SECRET, secret);
		}
		String uri = codes.provisioningUri(user.getUsername(), secret);
		model.addAttribute("secret", secret.replaceAll("(.{4})", "$1 ").strip());
		model.addAttribute("qrSvg", codes.qrSvg(uri));
		model.addAttribute("required", session.getAttribute(SecondFactorGate.ENROLMENT_REQUIRED) != null);
		return ENROL_VIEW;
	}

	@PostMapping(SecondFactorGate.ENROL_PAGE)
	@Transactional
	String enrol(@AuthenticationPrincipal GovIctUser user, @RequestParam(defaultValue = "") String code,
			HttpSession session, Authentication authentication, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect)
			throws IOException, ServletException {
		String secret = (String) session.getAttribute(NEW_SECRET);
		if (secret == null || !codes.verify(secret, code, Instant.now())) {
			model.addAttribute("codeError", true);
			return enrolForm(user, session, model);
		}
		accounts.setTotp(user.userId(), secret, true);
		session.removeAttribute(NEW_SECRET);
		audit.record(AuditRecord.action("identity", "SECOND_FACTOR_ENABLED", "User", user.userId(), user.unitId(),
				null, null));
		if (session.getAttribute(SecondFactorGate.ENROLMENT_REQUIRED) != null) {
			gate.complete(request, response, authentication);
			return null;
		}
		Flash.success(redirect, "secondFactor.enabled");
		return "redirect:/account";
	}

	@PostMapping("/account/second-factor/remove")
	@Transactional
	String remove(@AuthenticationPrincipal GovIctUser user, @RequestParam(defaultValue = "") String code,
			RedirectAttributes redirect) {
		UserAccount account = accounts.find(user.userId()).orElseThrow();
		if (!codes.verify(account.totpSecret(), code, Instant.now())) {
			Flash.error(redirect, "secondFactor.wrongCode");
			return "redirect:/account";
		}
		accounts.setTotp(user.userId(), null, false);
		audit.record(AuditRecord.action("identity", "SECOND_FACTOR_REMOVED", "User", user.userId(), user.unitId(),
				null, null));
		Flash.success(redirect, "secondFactor.removed");
		return "redirect:/account";
	}
}
