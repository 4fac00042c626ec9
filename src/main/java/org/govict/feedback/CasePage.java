package org.govict.feedback;

import java.util.List;

/** One page of the case list and how many cases match in all. */
public record CasePage(List<CaseRow> rows, long total, int page) {

	public int pages() {
		return (int) Math.max(1, (total + CaseQuery.PAGE_SIZE - 1) / CaseQuery.PAGE_SIZE);
	}
}
