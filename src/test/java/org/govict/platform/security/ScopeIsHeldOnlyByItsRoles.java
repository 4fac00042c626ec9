package org.govict.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class ScopeIsHeldOnlyByItsRoles {

	@Test
	void aScopeWithoutRolesIsHeldByAnyAccount() {
		ApiScope open311 = new ApiScope("open311:submit", "scope.open311.submit");
		assertThat(open311.heldBy(Set.of())).isTrue();
		assertThat(open311.heldBy(Set.of(Roles.STAFF))).isTrue();
	}

	@Test
	void aScopeWithRolesIsHeldByAnAccountWithAnyOfThemOnly() {
		ApiScope write = new ApiScope("personnel:write", "scope.personnel.write", Set.of("HR_OFFICER", Roles.SYSTEM_ADMIN));
		assertThat(write.heldBy(Set.of(Roles.STAFF, "HR_OFFICER"))).isTrue();
		assertThat(write.heldBy(Set.of(Roles.SYSTEM_ADMIN))).isTrue();
		assertThat(write.heldBy(Set.of(Roles.STAFF, Roles.LEADER))).isFalse();
		assertThat(write.heldBy(Set.of())).isFalse();
	}
}
