package org.govict.infosec;

import java.time.Instant;

/**
 * A cybersecurity incident (sự cố an ninh mạng) and where it stands: the legal basis it was recorded under decides
 * to whom it is reported and by when. Under Decree 331/2026 a serious incident also has an initial notification due.
 */
public record Incident(long id, Long systemId, Long assetId, long ownerUnitId, String title, String description,
		Severity severity, IncidentStage stage, LegalBasis legalBasis, Instant detectedAt, Instant noticeDue,
		Instant noticedAt, Instant reportDue, Instant reportedAt, String lessons, int version) {

	public ReportDeadline deadline(Instant now, InfosecSettings settings) {
		return ReportDeadline.of(reportDue, reportedAt, now, settings.incidentReportWarning());
	}

	/** Where the initial notification stands; null when the incident needs none. */
	public ReportDeadline noticeDeadline(Instant now, InfosecSettings settings) {
		return noticeDue == null ? null : ReportDeadline.of(noticeDue, noticedAt, now, settings.incidentNoticeWarning());
	}

	/** Whether it needs an initial notification: a serious incident recorded under Decree 331. */
	public boolean needsNotice() {
		return noticeDue != null;
	}
}
