package org.govict.inventory;

import java.time.LocalDate;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** What a technician enters for a licence. */
public record LicenceForm(@NotBlank @Size(max = 300) String softwareName, @NotNull @Min(0) Integer seats,
		@Size(max = 500) String licenceKey, @Size(max = 100) String purchaseOrder,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil, @NotNull Long ownerUnitId,
		@Size(max = 2000) String notes, int version) {

	public static LicenceForm empty() {
		return new LicenceForm(null, null, null, null, null, null, null, null, 0);
	}

	public static LicenceForm of(Licence l) {
		return new LicenceForm(l.softwareName(), l.seats(), l.licenceKey(), l.purchaseOrder(), l.validFrom(),
				l.validUntil(), l.ownerUnitId(), l.notes(), l.version());
	}
}
