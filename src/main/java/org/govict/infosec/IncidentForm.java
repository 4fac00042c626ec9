package org.govict.infosec;

import java.time.LocalDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** What the officer enters when an incident is detected: the system or asset hit, what happened and when. */
public record IncidentForm(Long systemId, Long assetId, @NotBlank @Size(max = 300) String title,
		@Size(max = 8000) String description, @NotNull Severity severity,
		@NotNull @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime detectedAt) {

	public static IncidentForm empty(LocalDateTime now) {
		return new IncidentForm(null, null, null, null, Severity.MEDIUM, now.withSecond(0).withNano(0));
	}
}
