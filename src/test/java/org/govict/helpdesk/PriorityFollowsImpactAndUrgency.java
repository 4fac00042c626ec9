package org.govict.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govict.helpdesk.Level.HIGH;
import static org.govict.helpdesk.Level.LOW;
import static org.govict.helpdesk.Level.MEDIUM;
import static org.govict.helpdesk.Level.VERY_HIGH;
import static org.govict.helpdesk.Level.VERY_LOW;

import org.junit.jupiter.api.Test;

class PriorityFollowsImpactAndUrgency {

	@Test
	void theCornersOfTheMatrix() {
		assertThat(PriorityMatrix.priority(VERY_HIGH, VERY_HIGH)).isEqualTo(VERY_HIGH);
		assertThat(PriorityMatrix.priority(VERY_LOW, VERY_LOW)).isEqualTo(VERY_LOW);
		assertThat(PriorityMatrix.priority(MEDIUM, MEDIUM)).isEqualTo(MEDIUM);
	}

	@Test
	void aVeryUrgentMatterOfVeryLowImpactIsOnlyLow() {
		assertThat(PriorityMatrix.priority(VERY_LOW, VERY_HIGH)).isEqualTo(LOW);
	}

	@Test
	void impactWeighsAsMuchAsUrgency() {
		assertThat(PriorityMatrix.priority(HIGH, MEDIUM)).isEqualTo(PriorityMatrix.priority(MEDIUM, HIGH));
		assertThat(PriorityMatrix.priority(HIGH, MEDIUM)).isEqualTo(HIGH);
	}

	@Test
	void priorityNeverFallsWhenImpactOrUrgencyRises() {
		for (Level impact : Level.values()) {
			for (Level urgency : Level.values()) {
				Level p = PriorityMatrix.priority(impact, urgency);
				if (impact != VERY_HIGH) {
					assertThat(PriorityMatrix.priority(Level.of(impact.value() + 1), urgency)).isGreaterThanOrEqualTo(p);
				}
				if (urgency != VERY_HIGH) {
					assertThat(PriorityMatrix.priority(impact, Level.of(urgency.value() + 1))).isGreaterThanOrEqualTo(p);
				}
			}
		}
	}
}
