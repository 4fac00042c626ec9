package org.govict.feedback;

/** A case was received and acknowledged with a tracking code. */
public record FeedbackReceived(long caseId, String trackingCode, CaseKind kind, Channel channel) {
}
