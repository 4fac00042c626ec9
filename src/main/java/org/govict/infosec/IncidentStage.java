package org.govict.infosec;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life-cycle of an incident after NIST SP 800-61: detected, analysed, contained, eradicated, recovered, closed
 * with its lessons learned. An incident moves forward one stage at a time; analysis may show that containment has
 * to be repeated, so a contained incident can go back to analysed.
 */
public enum IncidentStage {
	DETECTED, ANALYSED, CONTAINED, ERADICATED, RECOVERED, CLOSED;

	public Set<IncidentStage> next() {
		return switch (this) {
			case DETECTED -> EnumSet.of(ANALYSED);
			case ANALYSED -> EnumSet.of(CONTAINED);
			case CONTAINED -> EnumSet.of(ERADICATED, ANALYSED);
			case ERADICATED -> EnumSet.of(RECOVERED);
			case RECOVERED -> EnumSet.of(CLOSED);
			case CLOSED -> EnumSet.noneOf(IncidentStage.class);
		};
	}

	public boolean canMoveTo(IncidentStage target) {
		return next().contains(target);
	}

	public boolean open() {
		return this != CLOSED;
	}
}
