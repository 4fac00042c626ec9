package org.govict.inventory;

/**
 * A search of the inventory: any of the criteria may be null.
 *
 * @param text words of the name, the inventory number or the serial number, with or without diacritics
 * @param unitId the owner unit, with its subtree
 */
public record AssetQuery(String text, AssetKind kind, AssetStatus status, Long unitId, int page) {

	public static final int PAGE_SIZE = 50;

	public static AssetQuery text(String text) {
		return new AssetQuery(text, null, null, null, 0);
	}
}
