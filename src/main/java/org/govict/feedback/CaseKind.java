package org.govict.feedback;

/**
 * What a case is, which decides its legal clock and what the sender must say about themselves: feedback or a
 * recommendation (phản ánh, kiến nghị), a complaint (khiếu nại) or a denunciation (tố cáo).
 */
public enum CaseKind {

	FEEDBACK, COMPLAINT, DENUNCIATION;

	/** Complaints and denunciations are settled under the law only for a sender who is identified. */
	public boolean needsIdentity() {
		return this != FEEDBACK;
	}
}
