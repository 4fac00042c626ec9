package org.govict.personnel;

import java.time.LocalDate;

/** A line of a list of records: what a search result or an export row shows first. */
public record RecordSummary(long id, String idNumber, String fullName, String sex, LocalDate birthDate, long unitId,
		String status, String rankCode, String positionCode, String educationLevel) {
}
