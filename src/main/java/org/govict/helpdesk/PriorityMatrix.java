package org.govict.helpdesk;

/**
 * The priority of a ticket from its impact and urgency, by the matrix GLPI ships with: a very urgent matter of very
 * high impact comes first, one of very low impact is never more than low, however urgent.
 */
public final class PriorityMatrix {

	/** Rows: urgency very low .. very high; columns: impact very low .. very high. */
	private static final int[][] MATRIX = {
			{ 1, 1, 2, 2, 2 },
			{ 1, 2, 2, 3, 3 },
			{ 2, 2, 3, 4, 4 },
			{ 2, 3, 4, 4, 5 },
			{ 2, 3, 4, 5, 5 } };

	private PriorityMatrix() {
	}

	public static Level priority(Level impact, Level urgency) {
		return Level.of(MATRIX[urgency.ordinal()][impact.ordinal()]);
	}
}
