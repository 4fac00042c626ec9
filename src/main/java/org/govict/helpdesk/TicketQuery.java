package org.govict.helpdesk;

/**
 * The filters of the ticket lists: status, group, category, mine (assigned to me), unassigned, late, a text
 * matched ignoring diacritics, and the page.
 */
public record TicketQuery(TicketStatus status, Long groupId, Long categoryId, boolean mine, boolean unassigned,
		boolean late, boolean openOnly, String text, int page) {

	public static final int PAGE_SIZE = 25;

	/** Whether the tickets are searched for a text. */
	public boolean hasText() {
		return text != null && !text.isBlank();
	}

	public static TicketQuery all() {
		return new TicketQuery(null, null, null, false, false, false, false, null, 0);
	}
}
