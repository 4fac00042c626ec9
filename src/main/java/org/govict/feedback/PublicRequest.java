package org.govict.feedback;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A case as anyone may follow it (through Open311): where it stands, who handles it and by when, never who sent
 * it. {@code publishedContent} is the copy with personal data removed, made when the answer was sent to a sender
 * who agreed to its publication; otherwise null.
 */
public record PublicRequest(String trackingCode, CaseKind kind, String topicCode, CaseStatus status,
		long receivingUnitId, Long handlingUnitId, String transferredTo, LocalDate dueOn, boolean clockStopped,
		String publishedContent, Instant receivedAt, Instant updatedAt) {

	public long responsibleUnitId() {
		return handlingUnitId != null ? handlingUnitId : receivingUnitId;
	}
}
