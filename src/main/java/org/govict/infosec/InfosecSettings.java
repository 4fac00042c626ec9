package org.govict.infosec;

import java.time.Duration;
import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of information security.
 *
 * @param appraisalWorkingDays the working days the appraising unit has to give its opinion on a level dossier of
 *        level 1 to 3 (15 by default, the period Decree 331/2026 art. 23.3.a gives level 3; the decree sets none for
 *        levels 1 and 2, which take the same)
 * @param highAppraisalWorkingDays the same for a dossier of level 4 or 5 (25 by default, art. 23.3.b)
 * @param incidentNoticeWithin how long after detection the initial notification of a serious incident is due
 *        (24 hours, Decree 331/2026 art. 31.2.d)
 * @param incidentReportWithin how long after detection the incident report is due (72 hours, art. 31.2.d)
 * @param incidentNoticeWarning how long before the notification deadline an incident is shown as due soon
 * @param incidentReportWarning how long before the report deadline an open incident is shown as due soon
 * @param seriousIncident the lowest severity taken as a serious incident (sự cố nghiêm trọng), which needs the
 *        initial notification; the decree does not define it yet, so it is a setting
 * @param transitionEnds the day by which systems classified before Decree 331 must meet its measures (Law
 *        116/2025 art. 45.1, Decree 331 art. 39.1: twelve months from 1 July 2026)
 * @param criticalFixDays days to fix a critical vulnerability
 * @param highFixDays days to fix a high vulnerability
 * @param mediumFixDays days to fix a medium vulnerability
 * @param lowFixDays days to fix a low vulnerability
 */
@ConfigurationProperties("govict.infosec")
public record InfosecSettings(@DefaultValue("15") int appraisalWorkingDays,
		@DefaultValue("25") int highAppraisalWorkingDays,
		@DefaultValue("PT24H") Duration incidentNoticeWithin, @DefaultValue("PT72H") Duration incidentReportWithin,
		@DefaultValue("PT6H") Duration incidentNoticeWarning, @DefaultValue("P1D") Duration incidentReportWarning,
		@DefaultValue("HIGH") Severity seriousIncident, @DefaultValue("2027-07-01") LocalDate transitionEnds,
		@DefaultValue("7") int criticalFixDays, @DefaultValue("15") int highFixDays, @DefaultValue("30") int mediumFixDays,
		@DefaultValue("90") int lowFixDays) {

	public static InfosecSettings defaults() {
		return new InfosecSettings(15, 25, Duration.ofHours(24), Duration.ofHours(72), Duration.ofHours(6),
				Duration.ofDays(1), Severity.HIGH, LocalDate.of(2027, 7, 1), 7, 15, 30, 90);
	}

	/** The working days the appraisal of a dossier proposing this level may take. */
	public int appraisalWorkingDays(int level) {
		return level >= 4 ? highAppraisalWorkingDays : appraisalWorkingDays;
	}

	/** Whether an incident of this severity is serious: it is notified within {@link #incidentNoticeWithin()}. */
	public boolean serious(Severity severity) {
		return severity.compareTo(seriousIncident) >= 0;
	}

	public int fixDays(Severity severity) {
		return switch (severity) {
			case CRITICAL -> criticalFixDays;
			case HIGH -> highFixDays;
			case MEDIUM -> mediumFixDays;
			case LOW -> lowFixDays;
		};
	}
}
