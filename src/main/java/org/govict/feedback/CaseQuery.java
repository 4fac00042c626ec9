package org.govict.feedback;

/**
 * What a staff member looks for in the case list. {@code due} narrows to cases due soon ("soon") or overdue
 * ("overdue"), or to the overdue cases escalated to the supervising unit ("escalated"); {@code text} matches the tracking code, title or sender, ignoring diacritics.
 */
public record CaseQuery(CaseStatus status, CaseKind kind, String topicCode, Long unitId, String due, String text,
		Integer page) {

	public static final int PAGE_SIZE = 50;

	public static CaseQuery all() {
		return new CaseQuery(null, null, null, null, null, null, 0);
	}

	public int offset() {
		return Math.max(0, page == null ? 0 : page) * PAGE_SIZE;
	}
}
