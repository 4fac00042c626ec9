package org.govict.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in rules: how many wrong passwords lock an account and for how long, how long reset links and API
 * tokens live, and the production safeguards (no demo passwords; a second factor for administrators).
 */
@ConfigurationProperties("govict.security")
public record SecuritySettings(@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration lockDuration,
		@DefaultValue("1h") Duration passwordResetValidity, @DefaultValue("365d") Duration apiTokenMaxLifetime,
		@DefaultValue("false") boolean refuseDemoPasswords,
		@DefaultValue("false") boolean requireTotpForAdministrators) {
}
