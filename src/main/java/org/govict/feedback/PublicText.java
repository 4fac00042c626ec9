package org.govict.feedback;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes personal data from text that is to be published: e-mail addresses, runs of digits long enough to be a
 * phone, ID or tax number, and the sender's name wherever it appears, whatever its case. What is removed is shown
 * as an ellipsis in brackets, so that readers see that something was left out.
 */
public final class PublicText {

	static final String REMOVED = "[…]";

	private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.\\p{L}{2,}");

	/** Eight or more digits, possibly separated by spaces, dots or hyphens: 0905 123 456, 048.190.004.321. */
	private static final Pattern NUMBER = Pattern.compile("\\+?\\d(?:[\\s.-]?\\d){7,}");

	private PublicText() {
	}

	public static String redact(String text, String senderName) {
		if (text == null) {
			return null;
		}
		String result = Normalizer.normalize(text, Normalizer.Form.NFC);
		result = EMAIL.matcher(result).replaceAll(Matcher.quoteReplacement(REMOVED));
		result = NUMBER.matcher(result).replaceAll(Matcher.quoteReplacement(REMOVED));
		if (senderName != null && senderName.strip().length() >= 3) {
			String name = Normalizer.normalize(senderName.strip(), Normalizer.Form.NFC);
			result = Pattern.compile(Pattern.quote(name), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
				.matcher(result)
				.replaceAll(Matcher.quoteReplacement(REMOVED));
		}
		return result;
	}
}
