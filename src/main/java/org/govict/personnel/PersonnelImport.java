package org.govict.personnel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An import of personnel records from a file (nhập hồ sơ từ tệp) and how far it has come.
 * @param checkpointRow the last row whose batch was committed; rows up to it are never loaded again
 * @param progressPercent how much of the file has been read, from the bytes read
 */
public record PersonnelImport(long id, String fileName, String format, ImportMode mode, LocalDate effectiveOn,
		ImportStatus status, long sizeBytes, long rowsRead, long rowsLoaded, long rowsRefused, long rowsUnchanged,
		long checkpointRow, int progressPercent, String failure, List<Object> failureArguments, String requestedBy,
		String locale, Instant createdAt, Instant startedAt, Instant finishedAt) {
}
