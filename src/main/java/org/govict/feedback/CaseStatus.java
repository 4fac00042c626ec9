package org.govict.feedback;

import java.util.EnumSet;
import java.util.Set;

/** Where a case stands. Only open cases run on a clock; a case waiting for its sender has its clock stopped. */
public enum CaseStatus {

	RECEIVED, IN_PROGRESS, WAITING_FOR_SENDER, AWAITING_APPROVAL, APPROVED, ANSWERED, CLOSED, TRANSFERRED, REJECTED,
	SPAM, MERGED;

	static final Set<CaseStatus> CLOCK_RUNNING = EnumSet.of(RECEIVED, IN_PROGRESS, AWAITING_APPROVAL, APPROVED);

	/** Whether the desk still owes the sender something and its deadline counts. */
	public boolean clockRuns() {
		return CLOCK_RUNNING.contains(this);
	}

	public boolean isOpen() {
		return clockRuns() || this == WAITING_FOR_SENDER;
	}
}
