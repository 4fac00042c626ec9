package org.govict.audit.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the trail for auditors: search newest first, one page at a time, and single entries. */
@Service
public class AuditSearch {

	public static final int MAX_PAGE_SIZE = 200;

	private final AuditEntries entries;

	AuditSearch(AuditEntries entries) {
		this.entries = entries;
	}

	/** Page numbers start at 0; sizes are kept between 1 and {@link #MAX_PAGE_SIZE}. */
	@Transactional(readOnly = true)
	public Page search(AuditQuery query, int page, int size) {
		int safeSize = Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
		int safePage = Math.max(page, 0);
		long total = entries.count(query);
		List<AuditEntry> content = entries.search(query, (int) Math.min((long) safePage * safeSize, Integer.MAX_VALUE), safeSize);
		return new Page(content, safePage, safeSize, total);
	}

	@Transactional(readOnly = true)
	public Optional<AuditEntry> find(long id) {
		return entries.find(id);
	}

	public record Page(List<AuditEntry> content, int page, int size, long totalElements) {

		public int totalPages() {
			return (int) ((totalElements + size - 1) / size);
		}
	}
}
