package org.govict.infosec;

import java.time.Duration;
import java.time.Instant;

/**
 * Where an incident stands against the deadline of its report to VNCERT/CC: reported, on time, due soon, or late.
 */
public enum ReportDeadline {
	REPORTED, ON_TIME, DUE_SOON, OVERDUE;

	public static Instant due(Instant detectedAt, InfosecSettings settings) {
		return detectedAt.plus(settings.incidentReportWithin());
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
