package org.govict.audit.internal;

import java.time.Instant;

/** What an auditor searches the trail by; every part is optional. */
public record AuditQuery(String actor, String module, String recordType, String recordId, String action,
		Instant from, Instant to) {

	public AuditQuery {
		actor = blankToNull(actor);
		module = blankToNull(module);
		recordType = blankToNull(recordType);
		recordId = blankToNull(recordId);
		action = blankToNull(action);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
