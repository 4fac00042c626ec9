package org.govict.infosec;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A finding of an inspection, in one of its systems. */
public record FindingForm(Long systemId, @NotBlank @Size(max = 4000) String description, @NotNull Severity severity) {
}
