package org.govict.feedback;

/** Who sends a case: a person (cá nhân), an organisation (tổ chức) or an enterprise (doanh nghiệp). */
public enum SenderType {

	INDIVIDUAL, ORGANISATION, ENTERPRISE;

	/** A person proves who they are by their personal ID number; organisations and enterprises by their tax code. */
	public boolean identifiedByTaxCode() {
		return this != INDIVIDUAL;
	}
}
