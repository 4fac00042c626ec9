package org.govict.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StepsFollowTheCaseStatus {

	@Test
	void anAnswerIsSentOnlyOnceALeaderApprovedIt() {
		assertThat(Step.ANSWER_SENT.allowedFrom(CaseStatus.AWAITING_APPROVAL)).isFalse();
		assertThat(Step.ANSWER_SENT.allowedFrom(CaseStatus.APPROVED)).isTrue();
		assertThat(Step.ANSWER_SENT.leadsFrom(CaseStatus.APPROVED)).isEqualTo(CaseStatus.ANSWERED);
	}

	@Test
	void aClosedCaseCanOnlyBeReopened() {
		for (Step step : Step.values()) {
			assertThat(step.allowedFrom(CaseStatus.CLOSED)).as(step.name()).isEqualTo(step == Step.REOPENED);
		}
	}

	@Test
	void waitingForTheSenderStopsTheClock() {
		assertThat(Step.INFO_REQUESTED.leadsFrom(CaseStatus.IN_PROGRESS)).isEqualTo(CaseStatus.WAITING_FOR_SENDER);
		assertThat(CaseStatus.WAITING_FOR_SENDER.clockRuns()).isFalse();
		assertThat(CaseStatus.WAITING_FOR_SENDER.isOpen()).isTrue();
	}

	@Test
	void identityNumbersAreCheckedByTheKindOfSender() {
		assertThat(SenderIdentity.isValid(SenderType.INDIVIDUAL, "001203004567")).isTrue();
		assertThat(SenderIdentity.isValid(SenderType.INDIVIDUAL, "0102030405")).isFalse();
		assertThat(SenderIdentity.isValid(SenderType.ENTERPRISE, "0102030405")).isTrue();
		assertThat(SenderIdentity.isValid(SenderType.ENTERPRISE, "0102030405-001")).isTrue();
		assertThat(SenderIdentity.isValid(SenderType.ORGANISATION, "01020304")).isFalse();
	}
}
