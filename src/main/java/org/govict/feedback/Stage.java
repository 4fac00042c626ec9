package org.govict.feedback;

/**
 * A stage of a case that runs on a legal clock: forwarding what is outside competence (chuyển đơn), accepting
 * (thụ lý), notifying the parties (thông báo) and settling (giải quyết).
 */
public enum Stage {

	FORWARD, ACCEPT, NOTIFY, SETTLE
}
