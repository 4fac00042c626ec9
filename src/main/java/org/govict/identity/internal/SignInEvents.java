package org.govict.identity.internal;

import java.time.Instant;

import org.govict.audit.AuditRecord;
import org.govict.audit.AuditTrail;
import org.govict.identity.GovIctUser;
import org.govict.identity.SecuritySettings;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts wrong passwords and locks the account after too many; a successful sign-in clears the count. Both go
 * to the audit trail.
 */
@Component
class SignInEvents {

	private final UserAccounts accounts;

	private final SecuritySettings settings;

	private final AuditTrail audit;

	SignInEvents(UserAccounts accounts, SecuritySettings settings, AuditTrail audit) {
		this.accounts = accounts;
		this.settings = settings;
		this.audit = audit;
	}

	@EventListener
	@Transactional
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken token)) {
			return;
		}
		accounts.findByUsername(String.valueOf(token.getPrincipal())).ifPresent(account -> {
			int failures = accounts.recordFailedLogin(account.id(), settings.maxFailedLogins(),
					Instant.now().plus(settings.lockDuration()));
			String action = failures >= settings.maxFailedLogins() ? "LOCK" : "LOGIN_FAILED";
			audit.record(AuditRecord.action("identity", action, "User", account.id(), account.unitId(), null,
					java.util.Map.of("failedLogins", failures)).by(account.username()));
		});
	}

	@EventListener
	@Transactional
	void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken
				&& event.getAuthentication().getPrincipal() instanceof GovIctUser user) {
			accounts.recordSuccessfulLogin(user.userId());
			audit.record(AuditRecord.action("identity", "LOGIN", "User", user.userId(), user.unitId(), null, null)
				.by(user.getUsername()));
		}
	}
}
