package org.govict.mail;

import java.time.Instant;

/** A message in the outbox, delivered or not. */
public record OutgoingMail(long id, String recipient, String subject, String body, Instant createdAt,
		Instant sentAt, int attempts, String lastError) {
}
