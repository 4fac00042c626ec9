package org.govict.infosec;

import java.time.Instant;

/** One stage an incident reached, who moved it there, when, and what they noted. */
public record IncidentStep(IncidentStage stage, String note, String actor, Instant at) {
}
