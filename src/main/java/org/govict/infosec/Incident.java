package org.govict.infosec;

import java.time.Instant;

/** An information security incident (sự cố an toàn thông tin mạng) and where it stands. */
public record Incident(long id, Long systemId, Long assetId, long ownerUnitId, String title, String description,
		Severity severity, IncidentStage stage, Instant detectedAt, Instant reportDue, Instant reportedAt,
		String lessons, int version) {

	public ReportDeadline deadline(Instant now, InfosecSettings settings) {
		return ReportDeadline.of(reportDue, reportedAt, now, settings.incidentReportWarning());
	}
}
