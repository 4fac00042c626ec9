package org.govict.personnel;

import java.time.LocalDate;

/**
 * A batch of an import was committed: {@code created} records were registered and {@code updated} changed, each
 * with one IMPORTED change. One event per batch rather than per record, so that a million-row import does not
 * publish a million events; subscribers read the changes themselves.
 */
public record PersonnelRecordsImported(long importId, int created, int updated, LocalDate effectiveOn) {
}
