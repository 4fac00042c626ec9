package org.govict.identity.internal;

import org.govict.identity.SecuritySettings;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In production the platform refuses to start while any account still has a demo password, so that a copy of
 * the demo never goes live with "admin/admin".
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoPasswordGuard implements ApplicationRunner {

	private final UserAccounts accounts;

	private final SecuritySettings settings;

	DemoPasswordGuard(UserAccounts accounts, SecuritySettings settings) {
		this.accounts = accounts;
		this.settings = settings;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!settings.refuseDemoPasswords()) {
			return;
		}
		long demo = accounts.countWithDemoPassword();
		if (demo > 0) {
			throw new IllegalStateException(demo + " account(s) still have a demo password. Change them (or disable"
					+ " the accounts) before starting with the prod profile.");
		}
	}
}
