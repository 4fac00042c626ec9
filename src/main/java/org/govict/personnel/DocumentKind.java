package org.govict.personnel;

/** What a scanned document attached to a record is. */
public enum DocumentKind {

	/** A decision (quyết định): recruitment, appointment, transfer, salary, discipline. */
	DECISION,

	/** A diploma (văn bằng). */
	DIPLOMA,

	/** A certificate (chứng chỉ). */
	CERTIFICATE,

	/** The portrait of the résumé (ảnh 4 x 6 cm): a JPEG or PNG picture; the latest is the record's photo. */
	PHOTO,

	OTHER
}
