package org.govict.helpdesk;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The service desk's settings: its business hours (giờ làm việc) in the time zone given, which the service-level
 * clock counts in, how often the watch resumes waiting tickets and escalates untaken ones, the files a ticket may
 * carry, and the mailbox staff write their tickets to.
 */
@ConfigurationProperties("govict.helpdesk")
public record HelpdeskSettings(@DefaultValue("07:30-11:30,13:00-17:00") String businessHours,
		@DefaultValue("Asia/Ho_Chi_Minh") String zone, @DefaultValue("0 */5 * * * *") String watchCron,
		@DefaultValue("10MB") DataSize maxAttachmentSize, @DefaultValue("5") int maxAttachments,
		@DefaultValue Mailbox mailbox) {

	/**
	 * The desk's mailbox, read over IMAP; off unless a host is given. A mail read is marked seen, or moved to the
	 * processed folder when one is named.
	 */
	public record Mailbox(String host, @DefaultValue("993") int port, @DefaultValue("true") boolean ssl,
			String username, String password, @DefaultValue("INBOX") String folder, String processedFolder,
			@DefaultValue("PT2M") Duration pollInterval, @DefaultValue("50") int maxPerPoll,
			@DefaultValue("PT30S") Duration timeout, @DefaultValue("3") int maxAttempts) {

		public boolean enabled() {
			return host != null && !host.isBlank();
		}

		/** The same mailbox elsewhere: for a test's own server. */
		public Mailbox at(String host, int port, boolean ssl, String username, String password) {
			return new Mailbox(host, port, ssl, username, password, folder, processedFolder, pollInterval, maxPerPoll,
					timeout, maxAttempts);
		}
	}
}
