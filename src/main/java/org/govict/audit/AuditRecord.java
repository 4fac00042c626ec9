package org.govict.audit;

/**
 * One thing to put on the audit trail: which module did what to which record, within which unit, and the
 * record's state before and after (any object; it is written as JSON). Who did it, from where and when are
 * added by the trail.
 */
public record AuditRecord(String module, String action, String recordType, String recordId, Long unitId,
		String summary, Object before, Object after, String actor, String clientAddress) {

	public AuditRecord(String module, String action, String recordType, String recordId, Long unitId, String summary,
			Object before, Object after) {
		this(module, action, recordType, recordId, unitId, summary, before, after, null, null);
	}

	public static final String CREATE = "CREATE";

	public static final String UPDATE = "UPDATE";

	public static final String DELETE = "DELETE";

	public static final String VIEW = "VIEW";

	public static AuditRecord created(String module, String recordType, Object recordId, Long unitId, Object after) {
		return new AuditRecord(module, CREATE, recordType, String.valueOf(recordId), unitId, null, null, after);
	}

	public static AuditRecord changed(String module, String recordType, Object recordId, Long unitId, Object before,
			Object after) {
		return new AuditRecord(module, UPDATE, recordType, String.valueOf(recordId), unitId, null, before, after);
	}

	public static AuditRecord deleted(String module, String recordType, Object recordId, Long unitId, Object before) {
		return new AuditRecord(module, DELETE, recordType, String.valueOf(recordId), unitId, null, before, null);
	}

	public static AuditRecord viewed(String module, String recordType, Object recordId, Long unitId) {
		return new AuditRecord(module, VIEW, recordType, String.valueOf(recordId), unitId, null, null, null);
	}

	/** An action of its own kind (MOVE, LOGIN, REVOKE ...), with whatever states explain it. */
	public static AuditRecord action(String module, String action, String recordType, Object recordId, Long unitId,
			Object before, Object after) {
		return new AuditRecord(module, action, recordType, recordId == null ? null : String.valueOf(recordId), unitId,
				null, before, after);
	}

	public AuditRecord withSummary(String text) {
		return new AuditRecord(module, action, recordType, recordId, unitId, text, before, after, actor,
				clientAddress);
	}

	/** Names the actor where no user is signed in yet (a sign-in, a password reset). */
	public AuditRecord by(String actorName) {
		return new AuditRecord(module, action, recordType, recordId, unitId, summary, before, after, actorName,
				clientAddress);
	}

	/**
	 * Names who did it and from which address, for an entry written away from the request that caused it (a batch
	 * written by another thread); the trail otherwise takes both from the current request.
	 */
	public AuditRecord by(String actorName, String address) {
		return new AuditRecord(module, action, recordType, recordId, unitId, summary, before, after, actorName,
				address);
	}
}
