package org.govict.infosec;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** A remediation task for a finding: what to do, who does it, by when. */
public record RemediationForm(@NotBlank @Size(max = 2000) String task, @NotBlank @Size(max = 200) String owner,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn) {
}
