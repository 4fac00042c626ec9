package org.govict.personnel;

import static org.govict.platform.files.AttachedContent.startsWith;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * What an uploaded scan really is, judged by its content and never by its name or the browser's word: a PDF that
 * PDFBox opens and that has pages, or a JPEG or PNG image that decodes.
 */
final class ScannedContent {

	private ScannedContent() {
	}

	/** The content type of an acceptable scan; empty for anything else (a renamed text file, a broken PDF). */
	static Optional<String> typeOf(byte[] bytes) {
		if (startsWith(bytes, "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
			try (PDDocument pdf = Loader.loadPDF(bytes)) {
				return pdf.getNumberOfPages() > 0 ? Optional.of("application/pdf") : Optional.empty();
			}
			catch (IOException ex) {
				return Optional.empty();
			}
		}
		if (startsWith(bytes, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })) {
			return decodes(bytes) ? Optional.of("image/jpeg") : Optional.empty();
		}
		if (startsWith(bytes, new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' })) {
			return decodes(bytes) ? Optional.of("image/png") : Optional.empty();
		}
		return Optional.empty();
	}

	private static boolean decodes(byte[] bytes) {
		try {
			var image = ImageIO.read(new ByteArrayInputStream(bytes));
			return image != null && image.getWidth() > 0 && image.getHeight() > 0;
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}
}
