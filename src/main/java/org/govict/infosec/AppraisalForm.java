package org.govict.infosec;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The appraising unit's opinion (ý kiến thẩm định) on a proposed level. */
public record AppraisalForm(@NotNull LocalDate appraisedOn, @NotBlank @Size(max = 4000) String opinion) {
}
