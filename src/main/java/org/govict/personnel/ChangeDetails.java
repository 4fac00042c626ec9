package org.govict.personnel;

import java.time.LocalDate;

/**
 * What an officer says of a change besides its fields: when it takes effect, the decision it carries out, a note.
 * @param effectiveOn null: today
 */
public record ChangeDetails(ChangeKind kind, LocalDate effectiveOn, String decisionNumber, LocalDate decisionDate,
		String note) {

	public static ChangeDetails of(ChangeKind kind) {
		return new ChangeDetails(kind, null, null, null, null);
	}

	public static ChangeDetails of(ChangeKind kind, LocalDate effectiveOn) {
		return new ChangeDetails(kind, effectiveOn, null, null, null);
	}
}
