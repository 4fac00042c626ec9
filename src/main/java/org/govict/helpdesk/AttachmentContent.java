package org.govict.helpdesk;

import static org.govict.platform.files.AttachedContent.contains;
import static org.govict.platform.files.AttachedContent.startsWith;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.govict.platform.files.AttachedContent;

/**
 * What a file attached to a ticket really is, judged by its content: what the platform's judge of attached files
 * accepts (PDF, JPEG, PNG and GIF images, Word documents), and besides, for the desk, Excel and PowerPoint packages
 * and plain-text logs. A technician reads a log exported from a program as often as a screenshot.
 */
final class AttachmentContent {

	static final String TEXT = "text/plain";

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

	private AttachmentContent() {
	}

	static Optional<String> typeOf(byte[] bytes) {
		Optional<String> judged = AttachedContent.typeOf(bytes);
		if (judged.isPresent()) {
			return judged;
		}
		if (startsWith(bytes, new byte[] { 'P', 'K', 3, 4 })
				&& contains(bytes, "[Content_Types].xml".getBytes(StandardCharsets.US_ASCII))) {
			// As for Word: part names stand uncompressed in the ZIP headers; nothing is decompressed.
			if (contains(bytes, "xl/workbook.xml".getBytes(StandardCharsets.US_ASCII))) {
				return Optional.of(XLSX);
			}
			if (contains(bytes, "ppt/presentation.xml".getBytes(StandardCharsets.US_ASCII))) {
				return Optional.of(PPTX);
			}
			return Optional.empty();
		}
		return isText(bytes) ? Optional.of(TEXT) : Optional.empty();
	}

	/** The extension a file of this type is saved under, whatever its sender called it. */
	static String extension(String contentType, String name) {
		return switch (contentType) {
			case TEXT -> name.toLowerCase(java.util.Locale.ROOT).endsWith(".log") ? ".log" : ".txt";
			case XLSX -> ".xlsx";
			case PPTX -> ".pptx";
			default -> AttachedContent.extension(contentType);
		};
	}

	/**
	 * Text: valid UTF-8 (ASCII included) without control characters other than tabs, line and page breaks and the
	 * escape of coloured console output. A binary file renamed .log fails at its first NUL byte or broken sequence.
	 */
	static boolean isText(byte[] bytes) {
		if (bytes.length == 0) {
			return false;
		}
		for (byte b : bytes) {
			int c = b & 0xFF;
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B || c == 0x7F) {
				return false;
			}
		}
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}
}
