package org.govict.inventory;

import java.time.Instant;

/**
 * One change in an asset's history, whether an inventory agent reported it or a technician made it.
 *
 * @param field what changed: SOFTWARE_ADDED, SOFTWARE_REMOVED, NAME, OS, MEMORY, IP_ADDRESSES, SERIAL, or a field
 *        of the asset form (STATUS, LOCATION ...)
 */
public record AssetChange(Instant at, String field, String oldValue, String newValue) {
}
