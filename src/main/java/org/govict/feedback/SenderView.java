package org.govict.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case as its sender sees it with the tracking code and secret: where it stands, its deadline, the unit that
 * handles it, the steps they should know of and, once sent, the answer.
 */
public record SenderView(String trackingCode, CaseKind kind, String title, CaseStatus status, LocalDate receivedOn,
		LocalDate dueOn, boolean clockStopped, Long handlingUnitId, long receivingUnitId, String answer,
		List<SenderStep> steps) {

	/** A step shown to the sender, with the note meant for them (a question, a reason), if any. */
	public record SenderStep(Step step, String note, Instant at) {
	}

	public boolean waitingForSender() {
		return status == CaseStatus.WAITING_FOR_SENDER;
	}

	/** The last question the desk asked, while it waits for the answer. */
	public String question() {
		if (!waitingForSender()) {
			return null;
		}
		return steps.stream().filter(s -> s.step() == Step.INFO_REQUESTED).reduce((a, b) -> b).map(SenderStep::note)
			.orElse(null);
	}
}
