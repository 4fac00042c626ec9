package org.govict.helpdesk;

/** The unit leader's approval of a software install (phê duyệt). */
public enum Approval {

	NOT_NEEDED, PENDING, APPROVED, REJECTED
}
