package org.govict.helpdesk;

import java.util.List;

/** One page of tickets and how many match in all. */
public record TicketPage(List<Ticket> rows, long total, int page) {

	public int pages() {
		return (int) ((total + TicketQuery.PAGE_SIZE - 1) / TicketQuery.PAGE_SIZE);
	}
}
