package org.govict.inventory;

import java.util.List;

/** What an import did: the assets registered, or, when any row was refused, nothing and every error. */
public record AssetImportResult(int registered, List<AssetImportError> errors) {

	public boolean succeeded() {
		return errors.isEmpty();
	}
}
