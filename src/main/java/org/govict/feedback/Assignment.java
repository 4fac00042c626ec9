package org.govict.feedback;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The unit that settles a case, the units that help it, and a note for them. */
public record Assignment(@NotNull(message = "{validation.required}") Long handlingUnitId,
		List<Long> coordinatingUnitIds, @Size(max = 4000, message = "{validation.tooLong}") String note) {
}
