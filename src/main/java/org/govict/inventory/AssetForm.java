package org.govict.inventory;

import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a technician enters for an asset; blank text is no value. */
public record AssetForm(@NotNull AssetKind kind, @NotBlank @Size(max = 200) String name,
		@Size(max = 50) String inventoryNumber, @Size(max = 100) String serialNumber, @Size(max = 200) String manufacturer,
		@Size(max = 200) String model, @NotNull Long ownerUnitId, @Size(max = 300) String location,
		Long responsibleUserId, AssetStatus status, LocalDate purchasedOn, LocalDate warrantyUntil,
		LocalDate retiredOn, Map<String, Object> attributes, @Size(max = 4000) String notes) {

	AssetForm normalised() {
		return new AssetForm(kind, blank(name), blank(inventoryNumber), blank(serialNumber), blank(manufacturer),
				blank(model), ownerUnitId, blank(location), responsibleUserId, status == null ? AssetStatus.IN_USE : status,
				purchasedOn, warrantyUntil, retiredOn, attributes == null ? Map.of() : attributes, blank(notes));
	}

	private static String blank(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
