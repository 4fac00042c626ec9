package org.govict.organisation;

import java.util.List;

/**
 * What other modules keep in a unit (people, open requests ...). A unit that holds anything cannot be
 * deactivated or deleted; each module that files records under units answers for its own.
 */
public interface UnitOccupancy {

	List<Occupant> occupantsOf(long unitId);

	/** So many records of one kind, named by a message key taking the count ("3 users"). */
	record Occupant(String messageKey, long count) {
	}
}
