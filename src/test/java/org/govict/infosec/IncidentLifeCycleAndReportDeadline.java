package org.govict.infosec;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/**
 * An incident moves through the NIST life-cycle one stage at a time. Under Decree 331/2026 art. 31.2.d a serious
 * incident is notified within 24 hours and every incident reported within 72; incidents recorded before keep the
 * deadline they were recorded with.
 */
class IncidentLifeCycleAndReportDeadline {

	@Test
	void stagesFollowOneAnother() {
		assertThat(IncidentStage.DETECTED.canMoveTo(IncidentStage.ANALYSED)).isTrue();
		assertThat(IncidentStage.DETECTED.canMoveTo(IncidentStage.CLOSED)).isFalse();
		assertThat(IncidentStage.CONTAINED.canMoveTo(IncidentStage.ANALYSED)).isTrue();
		assertThat(IncidentStage.RECOVERED.canMoveTo(IncidentStage.CLOSED)).isTrue();
		assertThat(IncidentStage.CLOSED.next()).isEmpty();
		assertThat(IncidentStage.CLOSED.open()).isFalse();
	}

	@Test
	void theReportIsDueSeventyTwoHoursAfterDetectionAndWarnedADayBefore() {
		InfosecSettings settings = InfosecSettings.defaults();
		Instant detected = Instant.parse("2026-11-02T08:00:00Z");
		Instant due = ReportDeadline.due(detected, settings);
		assertThat(due).isEqualTo(Instant.parse("2026-11-05T08:00:00Z"));
		Duration warn = settings.incidentReportWarning();
		assertThat(ReportDeadline.of(due, null, detected.plus(Duration.ofHours(47)), warn)).isEqualTo(ReportDeadline.ON_TIME);
		assertThat(ReportDeadline.of(due, null, due.minus(Duration.ofHours(3)), warn)).isEqualTo(ReportDeadline.DUE_SOON);
		assertThat(ReportDeadline.of(due, null, due.plusSeconds(1), warn)).isEqualTo(ReportDeadline.OVERDUE);
		assertThat(ReportDeadline.of(due, due.plusSeconds(60), due.plus(Duration.ofDays(3)), warn))
			.isEqualTo(ReportDeadline.REPORTED);
	}

	@Test
	void onlyASeriousIncidentIsNotifiedWithinTwentyFourHours() {
		InfosecSettings settings = InfosecSettings.defaults();
		Instant detected = Instant.parse("2026-11-02T08:00:00Z");
		assertThat(ReportDeadline.noticeDue(detected, Severity.HIGH, settings))
			.isEqualTo(Instant.parse("2026-11-03T08:00:00Z"));
		assertThat(ReportDeadline.noticeDue(detected, Severity.CRITICAL, settings))
			.isEqualTo(Instant.parse("2026-11-03T08:00:00Z"));
		assertThat(ReportDeadline.noticeDue(detected, Severity.MEDIUM, settings)).isNull();
		Incident medium = incident(Severity.MEDIUM, LegalBasis.DECREE_331_2026, detected, null,
				ReportDeadline.due(detected, settings));
		assertThat(medium.needsNotice()).isFalse();
		assertThat(medium.noticeDeadline(detected.plus(Duration.ofDays(2)), settings)).isNull();
		Incident high = incident(Severity.HIGH, LegalBasis.DECREE_331_2026, detected,
				ReportDeadline.noticeDue(detected, Severity.HIGH, settings), ReportDeadline.due(detected, settings));
		assertThat(high.noticeDeadline(detected.plus(Duration.ofHours(19)), settings)).isEqualTo(ReportDeadline.DUE_SOON);
		assertThat(high.noticeDeadline(detected.plus(Duration.ofHours(25)), settings)).isEqualTo(ReportDeadline.OVERDUE);
		assertThat(high.deadline(detected.plus(Duration.ofHours(25)), settings)).isEqualTo(ReportDeadline.ON_TIME);
	}

	@Test
	void anIncidentRecordedUnderDecree85KeepsItsFiveDayDeadline() {
		InfosecSettings settings = InfosecSettings.defaults();
		Instant detected = Instant.parse("2026-08-10T08:00:00Z");
		Incident old = incident(Severity.CRITICAL, LegalBasis.DECREE_85_2016, detected, null,
				detected.plus(Duration.ofDays(5)));
		// Four days on it is late by the new 72 hours, but not by the deadline it was recorded with.
		assertThat(old.deadline(detected.plus(Duration.ofDays(3)), settings)).isEqualTo(ReportDeadline.ON_TIME);
		assertThat(old.deadline(detected.plus(Duration.ofDays(4).plusHours(1)), settings))
			.isEqualTo(ReportDeadline.DUE_SOON);
		assertThat(old.needsNotice()).isFalse();
	}

	static Incident incident(Severity severity, LegalBasis basis, Instant detected, Instant noticeDue, Instant reportDue) {
		return new Incident(1, 1L, null, 1, "Sự cố", null, severity, IncidentStage.DETECTED, basis, detected, noticeDue,
				null, reportDue, null, null, 0);
	}

	@Test
	void vulnerabilitySeverityFollowsTheCvssScore() {
		assertThat(Severity.ofCvss(9.8)).isEqualTo(Severity.CRITICAL);
		assertThat(Severity.ofCvss(7.0)).isEqualTo(Severity.HIGH);
		assertThat(Severity.ofCvss(5.3)).isEqualTo(Severity.MEDIUM);
		assertThat(Severity.ofCvss(2.1)).isEqualTo(Severity.LOW);
		assertThat(InfosecSettings.defaults().fixDays(Severity.CRITICAL)).isEqualTo(7);
	}
}
