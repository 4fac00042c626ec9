package org.govict.personnel;

/** What a scanned document attached to a record is. */
public enum DocumentKind {

	/** A decision (quyết định): recruitment, appointment, transfer, salary, discipline. */
	DECISION,

	/** A diploma (văn bằng). */
	DIPLOMA,

	/** A certificate (chứng chỉ). */
	CERTIFICATE,

	OTHER
}
