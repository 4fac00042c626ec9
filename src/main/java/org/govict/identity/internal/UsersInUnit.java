package org.govict.identity.internal;

import java.util.List;

import org.govict.organisation.UnitOccupancy;
import org.springframework.stereotype.Component;

/** A unit with active user accounts is not empty. */
@Component
class UsersInUnit implements UnitOccupancy {

	private final UserAccounts accounts;

	UsersInUnit(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public List<Occupant> occupantsOf(long unitId) {
		return List.of(new Occupant("organisation.occupants.users", accounts.countInUnit(unitId)));
	}
}
