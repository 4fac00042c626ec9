package org.govict.inventory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * An asset as the inventory keeps it, and as other modules read it (the helpdesk's ticket links, information
 * security's systems and incidents).
 *
 * @param attributes the fields of the asset's kind, by key
 */
public record Asset(long id, AssetKind kind, String name, String inventoryNumber, String serialNumber,
		String hardwareUuid, String manufacturer, String model, long ownerUnitId, String location,
		Long responsibleUserId, AssetStatus status, LocalDate purchasedOn, LocalDate warrantyUntil, LocalDate retiredOn,
		Map<String, Object> attributes, String notes, Instant updatedAt, int version) {

	/** The asset in a list or a link: its name, and its inventory number when it has one. */
	public String label() {
		return inventoryNumber == null ? name : name + " (" + inventoryNumber + ")";
	}
}
