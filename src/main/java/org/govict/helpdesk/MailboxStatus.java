package org.govict.helpdesk;

import java.time.Instant;

/** How the desk's mailbox was last read: when, how many mails were handled, the last error and when it happened. */
public record MailboxStatus(boolean enabled, String address, Instant lastPollAt, int lastRead, String lastError,
		Instant lastErrorAt) {
}
