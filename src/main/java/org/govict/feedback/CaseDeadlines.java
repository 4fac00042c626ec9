package org.govict.feedback;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Sets a case's deadlines from the rules, after every step: before acceptance the rule that runs from the receipt
 * (forwarding or acceptance), after it the settling rule with the extensions granted, and for denunciations the
 * time to notify the parties. The times the desk waited for the sender, read from the case's history, push the
 * deadlines back.
 */
@Component
class CaseDeadlines {

	private final DeadlineRules rules;

	private final LegalClock clock;

	CaseDeadlines(DeadlineRules rules, DayCount days) {
		this.rules = rules;
		this.clock = new LegalClock(days);
	}

	void apply(CaseDraft d, List<CaseStep> history) {
		List<LegalClock.Pause> pauses = pauses(history);
		if (d.acceptedOn == null) {
			d.dueOn = rules.onReceipt(d.kind)
				.map(r -> clock.deadline(r, d.original.receivedOn(), d.complex, d.remoteArea, 0, pauses))
				.orElse(null);
			d.notifyDueOn = null;
			return;
		}
		d.dueOn = rules.find(d.kind, Stage.SETTLE)
			.map(r -> clock.deadline(r, d.acceptedOn, d.complex, d.remoteArea, d.extensions, pauses))
			.orElse(null);
		d.notifyDueOn = rules.find(d.kind, Stage.NOTIFY)
			.map(r -> clock.deadline(r, d.acceptedOn, d.complex, d.remoteArea, 0, pauses))
			.orElse(null);
	}

	LocalDate onReceipt(CaseKind kind, LocalDate receivedOn) {
		return rules.onReceipt(kind).map(r -> clock.deadline(r, receivedOn, false, false)).orElse(null);
	}

	void requireExtensionAllowed(CaseDraft d) {
		LegalClock.requireExtensionAllowed(rules.get(d.kind, Stage.SETTLE), d.extensions);
	}

	/** Each request for information to the sender, up to the answer that followed it. */
	static List<LegalClock.Pause> pauses(List<CaseStep> history) {
		List<LegalClock.Pause> pauses = new ArrayList<>();
		LocalDate stopped = null;
		for (CaseStep step : history) {
			if (step.step() == Step.INFO_REQUESTED) {
				stopped = FeedbackDesk.day(step.at());
			}
			else if (step.step() == Step.INFO_ADDED && stopped != null) {
				pauses.add(new LegalClock.Pause(stopped, FeedbackDesk.day(step.at())));
				stopped = null;
			}
		}
		return pauses;
	}
}
