package org.govict.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The sender's address, and how often the outbox is drained and how many times a message is tried. */
@ConfigurationProperties("govict.mail")
public record MailSettings(@DefaultValue("no-reply@govict.local") String from,
		@DefaultValue("PT30S") java.time.Duration deliveryInterval, @DefaultValue("5") int maxAttempts) {
}
