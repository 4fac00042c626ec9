package org.govict.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.govict.identity.internal.PasswordPolicy;
import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

	PasswordPolicy policy = new PasswordPolicy();

	@Test
	void aLongPasswordWithLettersAndDigitsIsAccepted() {
		assertThat(policy.check("nguyenvana", "Mua-thu-2026-Ha-Noi")).isEmpty();
	}

	@Test
	void aShortPasswordIsRefusedAsTooShort() {
		assertThat(policy.check("nguyenvana", "abc123")).containsExactly("identity.password.tooShort");
	}

	@Test
	void aPasswordWithoutDigitsIsRefused() {
		assertThat(policy.check("nguyenvana", "chi-co-chu-cai")).containsExactly("identity.password.needsLetterAndDigit");
	}

	@Test
	void aPasswordContainingTheUsernameIsRefused() {
		assertThat(policy.check("nguyenvana", "NguyenVanA-2026")).contains("identity.password.containsUsername");
	}
}
