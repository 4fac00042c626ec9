package org.govict.inventory;

/** Where an asset is in its life: in stock, in use, being repaired, or retired (thanh lý). */
public enum AssetStatus {

	IN_STOCK, IN_USE, IN_REPAIR, RETIRED
}
