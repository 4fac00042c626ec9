package org.govict.identity;

import java.util.List;

/** One page of accounts; {@code page} counts from 0. */
public record UserPage(List<UserSummary> content, int page, int size, long totalElements) {

	public int totalPages() {
		return (int) ((totalElements + size - 1) / size);
	}
}
