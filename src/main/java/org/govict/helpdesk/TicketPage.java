package org.govict.helpdesk;

import java.util.List;

/**
 * One page of tickets, how many match in all, and whether another page follows. A text search is not counted (its
 * total is null): at a million tickets, counting every ticket that mentions a common word costs more than the page
 * itself, so its pages go on for as long as there are more.
 */
public record TicketPage(List<Ticket> rows, Long total, int page, boolean more) {

	/** Counting stops here, so that a broad filter over a million tickets stays quick. */
	public static final long COUNT_CAP = 1_000;

	/** Whether there are at least {@link #COUNT_CAP} matches, the count having stopped there. */
	public boolean countCapped() {
		return total != null && total >= COUNT_CAP;
	}

	/** Whether the total is known. */
	public boolean counted() {
		return total != null;
	}

	/** The pages known: all of them when counted, else up to the next one. */
	public int pages() {
		if (total == null) {
			return page + (more ? 2 : 1);
		}
		return (int) ((total + TicketQuery.PAGE_SIZE - 1) / TicketQuery.PAGE_SIZE);
	}
}
