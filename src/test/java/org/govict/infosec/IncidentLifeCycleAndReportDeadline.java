package org.govict.infosec;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** An incident moves through the NIST life-cycle one stage at a time and is reported within five days. */
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
	void theReportIsDueFiveDaysAfterDetectionAndWarnedADayBefore() {
		InfosecSettings settings = InfosecSettings.defaults();
		Instant detected = Instant.parse("2026-11-02T08:00:00Z");
		Instant due = ReportDeadline.due(detected, settings);
		assertThat(due).isEqualTo(Instant.parse("2026-11-07T08:00:00Z"));
		Duration warn = settings.incidentReportWarning();
		assertThat(ReportDeadline.of(due, null, detected.plus(Duration.ofDays(2)), warn)).isEqualTo(ReportDeadline.ON_TIME);
		assertThat(ReportDeadline.of(due, null, due.minus(Duration.ofHours(3)), warn)).isEqualTo(ReportDeadline.DUE_SOON);
		assertThat(ReportDeadline.of(due, null, due.plusSeconds(1), warn)).isEqualTo(ReportDeadline.OVERDUE);
		assertThat(ReportDeadline.of(due, due.plusSeconds(60), due.plus(Duration.ofDays(3)), warn))
			.isEqualTo(ReportDeadline.REPORTED);
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
