package org.govict.infosec;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;
import jakarta.validation.constraints.Size;

/** The level dossier sent for appraisal: the level proposed, the dossier's date and the appraising unit. */
public record ProposalForm(@NotNull @Min(1) @Max(5) Integer proposedLevel,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dossierDate,
		@NotBlank @Size(max = 300) String appraisingUnit) {
}
