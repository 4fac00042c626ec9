package org.govict.feedback;

import java.util.EnumSet;
import java.util.Set;

/**
 * A step in the handling of a case, the statuses it may be taken from and the status it leads to ({@code null}:
 * the status stays). Steps the sender should know of are shown on their status page and mailed to them.
 */
public enum Step {

	RECEIVED(EnumSet.noneOf(CaseStatus.class), CaseStatus.RECEIVED, true),
	CLASSIFIED(EnumSet.of(CaseStatus.RECEIVED, CaseStatus.IN_PROGRESS), null, false),
	MERGED(EnumSet.of(CaseStatus.RECEIVED, CaseStatus.IN_PROGRESS), CaseStatus.MERGED, true),
	MARKED_SPAM(EnumSet.of(CaseStatus.RECEIVED), CaseStatus.SPAM, false),
	REJECTED(EnumSet.of(CaseStatus.RECEIVED), CaseStatus.REJECTED, true),
	ASSIGNED(EnumSet.of(CaseStatus.RECEIVED, CaseStatus.IN_PROGRESS), CaseStatus.IN_PROGRESS, true),
	TRANSFERRED(EnumSet.of(CaseStatus.RECEIVED, CaseStatus.IN_PROGRESS), CaseStatus.TRANSFERRED, true),
	INFO_REQUESTED(EnumSet.of(CaseStatus.RECEIVED, CaseStatus.IN_PROGRESS), CaseStatus.WAITING_FOR_SENDER, true),
	/** The sender answered (or staff recorded an answer that came another way): the clock runs again. */
	INFO_ADDED(EnumSet.of(CaseStatus.WAITING_FOR_SENDER), null, true),
	/** The parties of a denunciation were told of its acceptance (thông báo thụ lý). */
	PARTIES_NOTIFIED(EnumSet.of(CaseStatus.IN_PROGRESS, CaseStatus.WAITING_FOR_SENDER), null, true),
	WORK_RECORDED(EnumSet.of(CaseStatus.RECEIVED, CaseStatus.IN_PROGRESS, CaseStatus.WAITING_FOR_SENDER), null, false),
	EXTENDED(EnumSet.of(CaseStatus.IN_PROGRESS), null, true),
	ANSWER_DRAFTED(EnumSet.of(CaseStatus.IN_PROGRESS), CaseStatus.AWAITING_APPROVAL, false),
	ANSWER_RETURNED(EnumSet.of(CaseStatus.AWAITING_APPROVAL), CaseStatus.IN_PROGRESS, false),
	ANSWER_APPROVED(EnumSet.of(CaseStatus.AWAITING_APPROVAL), CaseStatus.APPROVED, false),
	ANSWER_SENT(EnumSet.of(CaseStatus.APPROVED), CaseStatus.ANSWERED, true),
	CLOSED(EnumSet.of(CaseStatus.ANSWERED), CaseStatus.CLOSED, true),
	REOPENED(EnumSet.of(CaseStatus.ANSWERED, CaseStatus.CLOSED), CaseStatus.IN_PROGRESS, true),
	/** The case was overdue and the supervising unit was told (chuyển cấp trên theo dõi); taken by the system. */
	ESCALATED(EnumSet.of(CaseStatus.RECEIVED, CaseStatus.IN_PROGRESS, CaseStatus.AWAITING_APPROVAL,
			CaseStatus.APPROVED), null, false);

	private final Set<CaseStatus> from;

	private final CaseStatus to;

	private final boolean visibleToSender;

	Step(Set<CaseStatus> from, CaseStatus to, boolean visibleToSender) {
		this.from = from;
		this.to = to;
		this.visibleToSender = visibleToSender;
	}

	public boolean allowedFrom(CaseStatus status) {
		return from.contains(status);
	}

	/** The status after this step taken from {@code status}. */
	public CaseStatus leadsFrom(CaseStatus status) {
		return to == null ? status : to;
	}

	public boolean visibleToSender() {
		return visibleToSender;
	}
}
