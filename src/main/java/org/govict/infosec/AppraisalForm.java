package org.govict.infosec;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;
import jakarta.validation.constraints.Size;

/** The appraising unit's opinion (ý kiến thẩm định) on a proposed level. */
public record AppraisalForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate appraisedOn,
		@NotBlank @Size(max = 4000) String opinion) {
}
