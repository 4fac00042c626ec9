package org.govict.feedback;

import java.time.Instant;
import java.time.LocalDate;

/** The changeable part of a case while a step changes it. */
final class CaseDraft {

	final FeedbackCase original;

	CaseKind kind;

	String topicCode;

	CaseStatus status;

	Long handlingUnitId;

	boolean complex;

	boolean remoteArea;

	LocalDate acceptedOn;

	LocalDate dueOn;

	LocalDate notifyDueOn;

	LocalDate notifiedOn;

	int extensions;

	LocalDate pausedSince;

	String answer;

	String answerApprovedBy;

	Instant answeredAt;

	String transferredTo;

	Long mergedInto;

	String rejectReason;

	CaseDraft(FeedbackCase c) {
		this.original = c;
		this.kind = c.kind();
		this.topicCode = c.topicCode();
		this.status = c.status();
		this.handlingUnitId = c.handlingUnitId();
		this.complex = c.complex();
		this.remoteArea = c.remoteArea();
		this.acceptedOn = c.acceptedOn();
		this.dueOn = c.dueOn();
		this.notifyDueOn = c.notifyDueOn();
		this.notifiedOn = c.notifiedOn();
		this.extensions = c.extensions();
		this.pausedSince = c.pausedSince();
		this.answer = c.answer();
		this.answerApprovedBy = c.answerApprovedBy();
		this.answeredAt = c.answeredAt();
		this.transferredTo = c.transferredTo();
		this.mergedInto = c.mergedInto();
		this.rejectReason = c.rejectReason();
	}

	FeedbackCase toCase() {
		FeedbackCase c = original;
		return new FeedbackCase(c.id(), c.trackingCode(), kind, topicCode, c.channel(), status, c.senderType(),
				c.senderName(), c.senderEmail(), c.senderPhone(), c.senderAddress(), c.senderIdNumber(), c.language(),
				c.title(), c.content(), c.publishConsent(), c.receivingUnitId(), handlingUnitId,
				c.coordinatingUnitIds(), complex, remoteArea, c.receivedOn(), acceptedOn, dueOn, notifyDueOn, notifiedOn,
				extensions, pausedSince, answer, answerApprovedBy, answeredAt, transferredTo, mergedInto, rejectReason,
				c.createdAt(), c.version());
	}
}
