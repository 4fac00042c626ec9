package org.govict.audit;

/**
 * Appends to the audit trail. Call it inside the transaction that makes the change: the entry is committed or
 * rolled back with it, so that the trail never tells of a change that did not happen, nor misses one that did.
 */
public interface AuditTrail {

	void record(AuditRecord record);

	/**
	 * Appends several entries in one go, for work done in batches. Each should name its actor and address
	 * ({@link AuditRecord#by(String, String)}) when the batch is written on another thread than the requests.
	 */
	void recordAll(java.util.List<AuditRecord> records);
}
