package org.govict.infosec;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Moving an incident to its next stage, with a note; closing it needs the lessons learned. */
public record StageForm(@NotNull IncidentStage stage, @Size(max = 4000) String note, @Size(max = 8000) String lessons) {
}
