package org.govict.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.govict.identity.internal.AdministratorRights;
import org.govict.platform.security.Roles;
import org.junit.jupiter.api.Test;

/** A unit administrator hands out every role but system administrator and leaves system administrators alone. */
class UnitAdministratorsGrantWithinLimits {

	AdministratorRights unitAdmin = new AdministratorRights(7L, false, true);

	AdministratorRights systemAdmin = new AdministratorRights(1L, true, false);

	@Test
	void aUnitAdministratorCannotGrantSystemAdministrator() {
		assertThat(unitAdmin.mayGrant(Roles.SYSTEM_ADMIN)).isFalse();
		assertThat(unitAdmin.refusedGrants(List.of(Roles.STAFF, Roles.SYSTEM_ADMIN))).containsExactly(Roles.SYSTEM_ADMIN);
	}

	@Test
	void aUnitAdministratorGrantsTheOtherRolesIncludingUnitAdministrator() {
		assertThat(unitAdmin.refusedGrants(List.of(Roles.UNIT_ADMIN, Roles.LEADER, Roles.STAFF, Roles.AUDITOR)))
			.isEmpty();
	}

	@Test
	void aSystemAdministratorGrantsAnything() {
		assertThat(systemAdmin.refusedGrants(List.of(Roles.SYSTEM_ADMIN, Roles.UNIT_ADMIN))).isEmpty();
		assertThat(systemAdmin.mayChangeHolderOf(Set.of(Roles.SYSTEM_ADMIN))).isTrue();
	}

	@Test
	void aUnitAdministratorCannotChangeASystemAdministratorsAccount() {
		assertThat(unitAdmin.mayChangeHolderOf(Set.of(Roles.SYSTEM_ADMIN, Roles.STAFF))).isFalse();
		assertThat(unitAdmin.mayChangeHolderOf(Set.of(Roles.UNIT_ADMIN))).isTrue();
	}

	@Test
	void nobodyDisablesTheirOwnAccount() {
		assertThat(unitAdmin.mayDisable(7L)).isFalse();
		assertThat(unitAdmin.mayDisable(8L)).isTrue();
		assertThat(systemAdmin.mayDisable(1L)).isFalse();
	}

	@Test
	void staffAdministerNobody() {
		AdministratorRights staff = new AdministratorRights(9L, false, false);
		assertThat(staff.administersUsers()).isFalse();
		assertThat(staff.mayGrant(Roles.STAFF)).isFalse();
		assertThat(staff.mayChangeHolderOf(Set.of(Roles.STAFF))).isFalse();
	}
}
