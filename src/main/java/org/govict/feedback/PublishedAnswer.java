package org.govict.feedback;

import java.time.Instant;

/** An answered case in the public list, its sender having agreed, with personal data removed. */
public record PublishedAnswer(String trackingCode, CaseKind kind, String topicCode, String title, String content,
		String answer, Long handlingUnitId, Instant publishedAt) {
}
