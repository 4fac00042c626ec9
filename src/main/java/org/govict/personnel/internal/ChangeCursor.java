package org.govict.personnel.internal;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A place in the feed of changes: the writing transaction and the change id, written {@code <tx>.<id>}
 * ({@code 0.0} before the first change). Clients keep it as an opaque string.
 */
public record ChangeCursor(String tx, long id) {

	public static final ChangeCursor START = new ChangeCursor("0", 0);

	private static final Pattern FORM = Pattern.compile("(\\d{1,19})\\.(\\d{1,18})");

	public static Optional<ChangeCursor> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.of(START);
		}
		var matcher = FORM.matcher(text.strip());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		return Optional.of(new ChangeCursor(matcher.group(1), Long.parseLong(matcher.group(2))));
	}

	@Override
	public String toString() {
		return tx + "." + id;
	}
}
