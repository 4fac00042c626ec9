package org.govict.infosec;

import java.time.Instant;
import java.util.List;

/** One measure a system must meet at its level, how far it does, and the evidence attached. */
public record RequiredMeasure(Measure measure, MeasureStatus status, String reason, String updatedBy,
		Instant updatedAt, List<Evidence> evidence) {

	/** A file attached as evidence that a measure is met. */
	public record Evidence(long id, String fileName, String contentType, String uploadedBy, Instant uploadedAt) {
	}
}
