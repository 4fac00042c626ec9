package org.govict.audit;

/**
 * Appends to the audit trail. Call it inside the transaction that makes the change: the entry is committed or
 * rolled back with it, so that the trail never tells of a change that did not happen, nor misses one that did.
 */
public interface AuditTrail {

	void record(AuditRecord record);
}
