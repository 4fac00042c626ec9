package org.govict.personnel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One change of a record: the fields it sets, when it takes effect and when it was recorded, by whom and on which
 * decision. Changes are never altered; a mistake is put right by a later change.
 */
public record RecordChange(long id, long recordId, ChangeKind kind, LocalDate effectiveOn, Instant recordedAt,
		String recordedBy, String decisionNumber, LocalDate decisionDate, String note, Map<String, Object> changes,
		boolean applied) {

	/** Whether the change belongs to the record as it stood on {@code day}, as it was known at {@code knownAt}. */
	public boolean visibleAt(LocalDate day, Instant knownAt) {
		return !effectiveOn.isAfter(day) && (knownAt == null || !recordedAt.isAfter(knownAt));
	}
}
