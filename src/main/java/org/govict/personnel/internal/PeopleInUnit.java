package org.govict.personnel.internal;

import java.util.List;

import org.govict.organisation.UnitOccupancy;
import org.springframework.stereotype.Component;

/** A unit that people still serve in cannot be deactivated or deleted. */
@Component
class PeopleInUnit implements UnitOccupancy {

	private final Records records;

	PeopleInUnit(Records records) {
		this.records = records;
	}

	@Override
	public List<Occupant> occupantsOf(long unitId) {
		long people = records.countInUnit(unitId);
		return people == 0 ? List.of() : List.of(new Occupant("personnel.occupant.people", people));
	}
}
