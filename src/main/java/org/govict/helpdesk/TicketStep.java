package org.govict.helpdesk;

import java.time.Instant;

/** One step in a ticket's history: what was done, by whom, the status it left, and any note. */
public record TicketStep(long id, Instant at, String actorName, String action, TicketStatus status, String note,
		boolean privateNote) {

	public static final String OPENED = "OPENED";

	public static final String APPROVED = "APPROVED";

	public static final String REJECTED = "REJECTED";

	public static final String ASSIGNED = "ASSIGNED";

	public static final String STARTED = "STARTED";

	public static final String WAITING = "WAITING";

	public static final String RESUMED = "RESUMED";

	public static final String FOLLOW_UP = "FOLLOW_UP";

	public static final String RESOLVED = "RESOLVED";

	public static final String CLOSED = "CLOSED";

	public static final String REOPENED = "REOPENED";

	public static final String ASSET_LINKED = "ASSET_LINKED";

	public static final String ARTICLE_LINKED = "ARTICLE_LINKED";

	public static final String ESCALATED = "ESCALATED";

	public static final String RATED = "RATED";

	public static final String ATTACHED = "ATTACHED";

	/** Files that came with a mail and were not taken: what they were and why. */
	public static final String ATTACHMENT_REFUSED = "ATTACHMENT_REFUSED";
}
