package org.govict.audit.web;

import java.time.LocalDate;
import java.time.ZoneId;

import org.govict.audit.internal.AuditQuery;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The search form of the trail. Dates are whole days in Vietnam's time zone; "to" includes its whole day.
 */
record AuditFilter(String actor, String module, String recordType, String recordId, String action,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Integer page, Integer size) {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	static final int DEFAULT_SIZE = 25;

	AuditQuery toQuery() {
		return new AuditQuery(actor, module, recordType, recordId, action,
				from == null ? null : from.atStartOfDay(VIETNAM).toInstant(),
				to == null ? null : to.plusDays(1).atStartOfDay(VIETNAM).toInstant());
	}

	int pageOrFirst() {
		return page == null ? 0 : page;
	}

	int sizeOrDefault() {
		return size == null ? DEFAULT_SIZE : size;
	}
}
