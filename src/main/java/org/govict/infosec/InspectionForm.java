package org.govict.infosec;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** An inspection planned: its kind, title, date and the systems it covers. */
public record InspectionForm(@NotNull InspectionKind kind, @NotBlank @Size(max = 300) String title,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate plannedOn, @NotEmpty List<Long> systemIds) {

	public static InspectionForm empty(LocalDate today) {
		return new InspectionForm(InspectionKind.PERIODIC, null, today, List.of());
	}
}
