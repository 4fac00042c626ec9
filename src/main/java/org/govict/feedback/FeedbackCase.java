package org.govict.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A case as the staff who handle it see it. */
public record FeedbackCase(long id, String trackingCode, CaseKind kind, String topicCode, Channel channel,
		CaseStatus status, SenderType senderType, String senderName, String senderEmail, String senderPhone,
		String senderAddress, String senderIdNumber, String language, String title, String content,
		boolean publishConsent, long receivingUnitId, Long handlingUnitId, List<Long> coordinatingUnitIds,
		boolean complex, boolean remoteArea, LocalDate receivedOn, LocalDate acceptedOn, LocalDate dueOn,
		LocalDate notifyDueOn, LocalDate notifiedOn, int extensions, LocalDate pausedSince, String answer, String answerApprovedBy,
		Instant answeredAt, String transferredTo, Long mergedInto, String rejectReason, Instant createdAt,
		int version) {

	public boolean clockStopped() {
		return pausedSince != null;
	}

	/** Whether the settling deadline, or for a denunciation the time to notify the parties, has passed. */
	public boolean isOverdue(LocalDate today) {
		return status.clockRuns() && (LegalClock.isOverdue(dueOn, today, clockStopped()) || notificationOverdue(today));
	}

	public boolean notificationOverdue(LocalDate today) {
		return notifiedOn == null && status.clockRuns() && LegalClock.isOverdue(notifyDueOn, today, clockStopped());
	}

	/** A denunciation whose parties are still to be notified of its acceptance. */
	public boolean awaitsNotification() {
		return notifyDueOn != null && notifiedOn == null;
	}

	/** The unit the case's work is recorded under: the handling unit once assigned, the receiving one before. */
	public long responsibleUnitId() {
		return handlingUnitId != null ? handlingUnitId : receivingUnitId;
	}

	public FeedbackCase withCoordinatingUnits(List<Long> ids) {
		return new FeedbackCase(id, trackingCode, kind, topicCode, channel, status, senderType, senderName,
				senderEmail, senderPhone, senderAddress, senderIdNumber, language, title, content, publishConsent,
				receivingUnitId, handlingUnitId, List.copyOf(ids), complex, remoteArea, receivedOn, acceptedOn, dueOn,
				notifyDueOn, notifiedOn, extensions, pausedSince, answer, answerApprovedBy, answeredAt, transferredTo, mergedInto,
				rejectReason, createdAt, version);
	}
}
