package org.govict.personnel;

import java.time.LocalDate;
import java.util.Set;

/**
 * A record was created or changed (also by an import or a sync), published in the writing transaction: data
 * exchange subscribers and other modules react to it.
 */
public record PersonnelRecordChanged(long recordId, long changeId, ChangeKind kind, long unitId,
		LocalDate effectiveOn, Set<String> fields) {
}
