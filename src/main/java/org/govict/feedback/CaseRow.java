package org.govict.feedback;

import java.time.LocalDate;

/** A case in a list: enough to pick it out and see how it stands against its deadline. */
public record CaseRow(long id, String trackingCode, CaseKind kind, String topicCode, CaseStatus status,
		String title, String senderName, Channel channel, long receivingUnitId, Long handlingUnitId,
		LocalDate receivedOn, LocalDate dueOn, LocalDate pausedSince, boolean escalated) {

	public boolean isOverdue(LocalDate today) {
		return status.clockRuns() && LegalClock.isOverdue(dueOn, today, pausedSince != null);
	}
}
