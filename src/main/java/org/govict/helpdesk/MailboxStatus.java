package org.govict.helpdesk;

import java.time.Instant;
import java.util.List;

/**
 * How the desk's mailbox was last read: when, how many mails were handled, the last error and when it happened; and
 * the mails set aside after failing at every reading.
 */
public record MailboxStatus(boolean enabled, String address, Instant lastPollAt, int lastRead, String lastError,
		Instant lastErrorAt, List<SetAsideMail> setAside) {

	/** A mail the desk could not take at any of its readings: flagged in the mailbox for a person to look at. */
	public record SetAsideMail(String sender, String subject, int attempts, String lastError, Instant firstFailedAt,
			Instant setAsideAt) {
	}
}
