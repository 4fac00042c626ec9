package org.govict.personnel;

import java.util.List;

/**
 * A page of search results. Counting a million "Nguyễn" exactly would cost more than the search, so the total is
 * counted up to {@link #COUNT_LIMIT} and {@code totalIsLowerBound} says when there are more.
 */
public record RecordPage(List<RecordSummary> items, int page, int size, long total, boolean totalIsLowerBound) {

	public static final int COUNT_LIMIT = 10_000;

	public boolean hasNext() {
		return (long) (page + 1) * size < total;
	}

	public boolean hasPrevious() {
		return page > 0;
	}
}
