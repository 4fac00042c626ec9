package org.govict.personnel;

import java.util.Optional;
import java.util.Set;

import org.govict.platform.files.AttachedContent;

/**
 * What an uploaded scan really is, judged by its content and never by its name or the browser's word (see
 * {@link AttachedContent}): a PDF that opens and has pages, or a JPEG or PNG image of a sensible size.
 */
final class ScannedContent {

	private static final Set<String> SCANS = Set.of(AttachedContent.PDF, "image/jpeg", "image/png");

	private ScannedContent() {
	}

	/** The content type of an acceptable scan; empty for anything else (a renamed text file, a broken PDF). */
	static Optional<String> typeOf(byte[] bytes) {
		return AttachedContent.typeOf(bytes).filter(SCANS::contains);
	}
}
