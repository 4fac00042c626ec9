package org.govict.infosec;

import java.time.Duration;
import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of information security.
 *
 * @param appraisalWorkingDays the working days the appraising unit has to give its opinion on a level dossier
 *        (15 by default; the period of Decree 85/2016/NĐ-CP was not checked against the decree's text, set it here
 *        when it differs)
 * @param incidentReportWithin how long after detection the report to the national incident-response authority
 *        (VNCERT/CC) is due
 * @param incidentReportWarning how long before that deadline an open incident is shown as due soon
 * @param transitionEnds the day by which systems classified before Decree 331/2026 must meet its measures (Law
 *        116/2025 art. 45.1, Decree 331 art. 39.1: twelve months from 1 July 2026)
 * @param criticalFixDays days to fix a critical vulnerability
 * @param highFixDays days to fix a high vulnerability
 * @param mediumFixDays days to fix a medium vulnerability
 * @param lowFixDays days to fix a low vulnerability
 */
@ConfigurationProperties("govict.infosec")
public record InfosecSettings(@DefaultValue("15") int appraisalWorkingDays,
		@DefaultValue("P5D") Duration incidentReportWithin, @DefaultValue("P1D") Duration incidentReportWarning,
		@DefaultValue("2027-07-01") LocalDate transitionEnds,
		@DefaultValue("7") int criticalFixDays, @DefaultValue("15") int highFixDays, @DefaultValue("30") int mediumFixDays,
		@DefaultValue("90") int lowFixDays) {

	public static InfosecSettings defaults() {
		return new InfosecSettings(15, Duration.ofDays(5), Duration.ofDays(1), LocalDate.of(2027, 7, 1), 7, 15,
				30, 90);
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
