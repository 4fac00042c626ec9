package org.govict.helpdesk;

import java.time.Instant;

/** A knowledge-base article (bài viết cơ sở tri thức). */
public record Article(long id, String title, String body, Long categoryId, boolean published, Long sourceTicketId,
		Instant updatedAt, int version) {
}
