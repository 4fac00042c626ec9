package org.govict.identity.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;

import org.govict.identity.SecuritySettings;
import org.junit.jupiter.api.Test;

/** In production the platform will not start while an account keeps a demo password. */
class DemoPasswordGuardTests {

	UserAccounts accounts = mock(UserAccounts.class);

	SecuritySettings settings(boolean refuse) {
		return new SecuritySettings(5, Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofDays(365), refuse, refuse);
	}

	@Test
	void productionRefusesToStartWithADemoPassword() {
		when(accounts.countWithDemoPassword()).thenReturn(1L);
		assertThatThrownBy(() -> new DemoPasswordGuard(accounts, settings(true)).run(null))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("demo password");
	}

	@Test
	void productionStartsOnceEveryDemoPasswordIsChanged() {
		when(accounts.countWithDemoPassword()).thenReturn(0L);
		assertThatCode(() -> new DemoPasswordGuard(accounts, settings(true)).run(null)).doesNotThrowAnyException();
	}

	@Test
	void theDemoProfileAllowsDemoPasswords() {
		when(accounts.countWithDemoPassword()).thenReturn(7L);
		assertThatCode(() -> new DemoPasswordGuard(accounts, settings(false)).run(null)).doesNotThrowAnyException();
	}
}
