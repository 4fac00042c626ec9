package org.govict.infosec;

import java.util.Optional;

/**
 * The type of an evidence file judged by its first bytes, not by its name: PDF, PNG, JPEG, Word (.docx, a zip, or
 * the older .doc, an OLE compound file). Anything else is refused.
 */
public final class EvidenceType {

	private EvidenceType() {
	}

	public static Optional<String> of(byte[] b) {
		if (starts(b, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
			return Optional.of("application/pdf");
		}
		if (starts(b, 0x89, 0x50, 0x4E, 0x47)) {
			return Optional.of("image/png");
		}
		if (starts(b, 0xFF, 0xD8, 0xFF)) {
			return Optional.of("image/jpeg");
		}
		if (starts(b, 0x50, 0x4B, 0x03, 0x04) && contains(b, "word/")) {
			return Optional.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		}
		if (starts(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
			return Optional.of("application/msword");
		}
		return Optional.empty();
	}

	private static boolean starts(byte[] b, int... prefix) {
		if (b == null || b.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((b[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	/** Whether a zip's local file names mention {@code name}: a Word document holds word/document.xml. */
	private static boolean contains(byte[] b, String name) {
		byte[] n = name.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		outer: for (int i = 0; i + n.length <= b.length; i++) {
			for (int j = 0; j < n.length; j++) {
				if (b[i + j] != n[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}
}
