package org.govict.helpdesk;

import java.util.List;

/** One page of tickets and how many match in all. */
public record TicketPage(List<Ticket> rows, long total, int page) {

	/** Counting stops here, so that a broad filter over a million tickets stays quick. */
	public static final long COUNT_CAP = 10_000;

	/** Whether there are at least {@link #COUNT_CAP} matches, the count having stopped there. */
	public boolean countCapped() {
		return total >= COUNT_CAP;
	}

	public int pages() {
		return (int) ((total + TicketQuery.PAGE_SIZE - 1) / TicketQuery.PAGE_SIZE);
	}
}
