package org.govict.feedback;

import java.util.LinkedHashMap;
import java.util.Map;

import org.govict.audit.AuditRecord;
import org.govict.audit.AuditTrail;
import org.springframework.stereotype.Component;

/** Puts the steps of cases on the audit trail and tells the sender when they should know. */
@Component
class CaseLog {

	static final String RECORD = "FeedbackCase";

	private final AuditTrail audit;

	private final SenderMail mail;

	CaseLog(AuditTrail audit, SenderMail mail) {
		this.audit = audit;
		this.mail = mail;
	}

	/** Puts a step that was taken into the audit trail, and tells the sender if they should know of it. */
	void announce(FeedbackCase before, FeedbackCase after, Step step, String note, String actor) {
		AuditRecord entry = AuditRecord.action(FeedbackDesk.MODULE, step.name(), RECORD, after.id(),
				after.responsibleUnitId(), before == null ? null : state(before), state(after))
			.withSummary(after.trackingCode() + (note == null ? "" : ": " + abbreviate(note)));
		audit.record(FeedbackDesk.SENDER_ACTOR.equals(actor) ? entry.by(actor) : entry);
		mail.step(after, step, note);
	}

	/** What the trail keeps of a case's state: where it stands, not the sender's personal data. */
	static Map<String, Object> state(FeedbackCase c) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("trackingCode", c.trackingCode());
		state.put("kind", c.kind());
		state.put("topic", c.topicCode());
		state.put("status", c.status());
		state.put("handlingUnitId", c.handlingUnitId());
		state.put("coordinatingUnitIds", c.coordinatingUnitIds());
		state.put("acceptedOn", c.acceptedOn());
		state.put("dueOn", c.dueOn());
		state.put("extensions", c.extensions());
		state.put("pausedSince", c.pausedSince());
		return state;
	}

	private static String abbreviate(String note) {
		return note.length() <= 200 ? note : note.substring(0, 200) + "…";
	}
}
