package org.govict.infosec;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an administrator enters for a measure of the catalogue. */
public record MeasureForm(@NotBlank @Pattern(regexp = "[A-Z0-9.-]{1,30}") String code,
		@NotBlank @Size(max = 40) String group, @NotBlank @Size(max = 1000) String textVi,
		@Size(max = 1000) String textEn, @NotNull @Min(1) @Max(5) Integer minLevel, boolean active) {

	public static MeasureForm empty() {
		return new MeasureForm(null, null, null, null, 1, true);
	}

	public static MeasureForm of(Measure m) {
		return new MeasureForm(m.code(), m.group(), m.textVi(), m.textEn(), m.minLevel(), m.active());
	}
}
