package org.govict.inventory;

import java.time.LocalDate;

/**
 * A software licence (bản quyền phần mềm): the seats bought for a software, and how many computers of the owner
 * unit's subtree have it installed.
 *
 * @param softwareName installed software whose name starts with this text counts against the licence
 * @param installed the computers of the owner unit and its subtree on which the software is installed
 */
public record Licence(long id, String softwareName, int seats, String licenceKey, String purchaseOrder,
		LocalDate validFrom, LocalDate validUntil, long ownerUnitId, String notes, int version, long installed) {

	/** More installations than seats. */
	public boolean overUsed() {
		return installed > seats;
	}

	public boolean expiredOn(LocalDate day) {
		return validUntil != null && validUntil.isBefore(day);
	}
}
