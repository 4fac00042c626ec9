package org.govict.infosec;

import java.util.Optional;
import java.util.Set;

import org.govict.platform.files.AttachedContent;

/**
 * The type of an evidence file judged by its content, not by its name (see {@link AttachedContent}): a PDF that
 * opens, a PNG or JPEG image, a Word document (.docx, or the older .doc). Anything else is refused.
 */
public final class EvidenceType {

	private static final Set<String> EVIDENCE = Set.of(AttachedContent.PDF, "image/png", "image/jpeg",
			AttachedContent.DOCX, AttachedContent.DOC);

	private EvidenceType() {
	}

	public static Optional<String> of(byte[] content) {
		return content == null ? Optional.empty() : AttachedContent.typeOf(content).filter(EVIDENCE::contains);
	}
}
