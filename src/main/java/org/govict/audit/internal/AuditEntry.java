package org.govict.audit.internal;

import java.time.Instant;

/** An entry as stored: the record, who made it and when, and its link in the hash chain once it has one. */
public record AuditEntry(long id, Instant occurredAt, String actor, String actorIp, String module, String action,
		String recordType, String recordId, Long unitId, String summary, String beforeState, String afterState,
		String prevHash, String hash) {

	/** Whether the chainer has linked the entry yet: until then it has neither link nor hash. */
	public boolean linked() {
		return hash != null;
	}

	AuditEntry withLink(String newPrevHash, String newHash) {
		return new AuditEntry(id, occurredAt, actor, actorIp, module, action, recordType, recordId, unitId,
				summary, beforeState, afterState, newPrevHash, newHash);
	}
}
