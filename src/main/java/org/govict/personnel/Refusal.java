package org.govict.personnel;

import java.util.List;
import java.util.Objects;

/**
 * Why a rule of the registry refuses a value: a message key of {@code messages_*.properties} and its arguments,
 * so that pages, import error reports and the API can say it in the reader's language.
 */
public record Refusal(String messageKey, List<Object> arguments) {

	public Refusal {
		Objects.requireNonNull(messageKey, "messageKey");
		arguments = List.copyOf(arguments);
	}

	public static Refusal of(String messageKey, Object... arguments) {
		return new Refusal(messageKey, List.of(arguments));
	}

}
