package org.govict.infosec;

import java.time.Duration;
import java.time.Instant;

/**
 * Where an incident stands against a deadline to the authority: its initial notification or its report. Under
 * Decree 331/2026 art. 31.2.d a serious incident is notified within 24 hours of detection and every incident is
 * reported within 72 hours, to the Ministry of Public Security's specialised cybersecurity force.
 */
public enum ReportDeadline {
	REPORTED, ON_TIME, DUE_SOON, OVERDUE;

	/** When the report of an incident detected at that time is due. */
	public static Instant due(Instant detectedAt, InfosecSettings settings) {
		return detectedAt.plus(settings.incidentReportWithin());
	}

	/** When the initial notification is due: only serious incidents need one, the others get null. */
	public static Instant noticeDue(Instant detectedAt, Severity severity, InfosecSettings settings) {
		return settings.serious(severity) ? detectedAt.plus(settings.incidentNoticeWithin()) : null;
	}

	public static ReportDeadline of(Instant due, Instant reportedAt, Instant now, Duration warning) {
		if (reportedAt != null) {
			return REPORTED;
		}
		if (now.isAfter(due)) {
			return OVERDUE;
		}
		return now.isAfter(due.minus(warning)) ? DUE_SOON : ON_TIME;
	}
}
