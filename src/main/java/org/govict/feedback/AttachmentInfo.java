package org.govict.feedback;

import java.time.Instant;

/** An attached file without its bytes: its name, what it really is, its size and fingerprint. */
public record AttachmentInfo(long id, long caseId, Long stepId, String fileName, String contentType, int sizeBytes,
		String sha256, Instant createdAt) {
}
