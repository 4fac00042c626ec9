package org.govict.feedback;

import java.util.regex.Pattern;

/**
 * The identity number a sender gives: a person's 12-digit personal ID number (số định danh cá nhân, on the
 * citizen identity card), or an organisation's or enterprise's tax code (mã số thuế) of 10 digits, or 10 digits,
 * a hyphen and 3 more for a branch.
 */
public final class SenderIdentity {

	private static final Pattern PERSONAL_ID = Pattern.compile("\\d{12}");

	private static final Pattern TAX_CODE = Pattern.compile("\\d{10}(-\\d{3})?");

	private SenderIdentity() {
	}

	public static boolean isValid(SenderType type, String number) {
		if (number == null) {
			return false;
		}
		String value = number.strip();
		return type.identifiedByTaxCode() ? TAX_CODE.matcher(value).matches() : PERSONAL_ID.matcher(value).matches();
	}
}
