package org.govict.personnel;

/** A reason a value of one field was refused; {@code field} is null for a reason about the record as a whole. */
public record FieldRefusal(String field, Refusal refusal) {

	public static FieldRefusal of(String field, String messageKey, Object... arguments) {
		return new FieldRefusal(field, Refusal.of(messageKey, arguments));
	}
}
