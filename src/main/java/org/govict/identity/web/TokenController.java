package org.govict.identity.web;

import org.govict.audit.AuditRecord;
import org.govict.audit.AuditTrail;
import org.govict.identity.internal.ApiTokens;
import org.govict.platform.web.Flash;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every personal API token, with its owner, for system administrators: an Open311 application's key or a partner
 * system's token that is misused or leaked is revoked here, without its owner.
 */
@Controller
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class TokenController {

	static final String LIST = "identity/users/tokens";

	/** More tokens than an administrator reads on one page; the usable ones come first. */
	static final int LIMIT = 500;

	private final ApiTokens tokens;

	private final AuditTrail audit;

	TokenController(ApiTokens tokens, AuditTrail audit) {
		this.tokens = tokens;
		this.audit = audit;
	}

	@GetMapping("/users/tokens")
	String list(Model model) {
		model.addAttribute("tokens", tokens.all(LIMIT));
		model.addAttribute("now", java.time.Instant.now());
		return LIST;
	}

	@PostMapping("/users/tokens/{id:\\d+}/revoke")
	@Transactional
	String revoke(@PathVariable long id, RedirectAttributes redirect) {
		tokens.revokeAny(id).ifPresent(unitId -> {
			audit.record(AuditRecord.action("identity", "REVOKE", "ApiToken", id, unitId, null, null));
			Flash.success(redirect, "tokens.revoked");
		});
		return "redirect:/users/tokens";
	}
}
