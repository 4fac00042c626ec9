package org.govict.personnel;

import java.time.Instant;

/**
 * A personnel record (hồ sơ) as it stands today: its key, its unit, its version for optimistic locking, and its
 * fields. A reader without the right to sensitive groups gets the record without them.
 */
public record PersonnelRecord(long id, String idNumber, long unitId, String unitPath, int version, RecordState state,
		Instant createdAt, Instant updatedAt) {

	public String fullName() {
		return state.fullName();
	}
}
