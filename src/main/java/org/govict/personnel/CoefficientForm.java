package org.govict.personnel;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

/** A new coefficient for a step of a salary grade, from the day a new legal text makes it apply. */
public record CoefficientForm(@NotNull(message = "{validation.required}") @Min(1) @Max(30) Integer step,
		@NotNull(message = "{validation.required}") @DecimalMin(value = "0.01") @DecimalMax("99.99")
		@Digits(integer = 2, fraction = 2) BigDecimal coefficient,
		@NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom) {

	public static CoefficientForm empty() {
		return new CoefficientForm(null, null, null);
	}
}
