package org.govict.platform.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * What an attached file really is, judged by its content and never by its name or the browser's word: a PDF that
 * PDFBox opens and that has pages, a JPEG, PNG or GIF image whose header its reader accepts, a Word document (.docx, a ZIP package
 * with a {@code word/document.xml} part) or an old Word file (.doc, an OLE2 compound file with a
 * {@code WordDocument} stream).
 */
public final class AttachedContent {

	public static final String PDF = "application/pdf";

	public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	public static final String DOC = "application/msword";

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	/** The largest image accepted: 100 megapixels, more than any camera or scanner makes. */
	public static final long MOST_PIXELS = 100_000_000L;

	private AttachedContent() {
	}

	/** The content type of an acceptable file; empty for anything else (a renamed text file, a broken PDF). */
	public static Optional<String> typeOf(byte[] bytes) {
		if (startsWith(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
			try (PDDocument pdf = Loader.loadPDF(bytes)) {
				return pdf.getNumberOfPages() > 0 ? Optional.of(PDF) : Optional.empty();
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
		if (startsWith(bytes, "GIF8".getBytes(StandardCharsets.US_ASCII))) {
			return decodes(bytes) ? Optional.of("image/gif") : Optional.empty();
		}
		if (startsWith(bytes, new byte[] { 'P', 'K', 3, 4 })) {
			return isWordPackage(bytes) ? Optional.of(DOCX) : Optional.empty();
		}
		if (startsWith(bytes, OLE2)) {
			return contains(bytes, "WordDocument".getBytes(StandardCharsets.UTF_16LE)) ? Optional.of(DOC)
					: Optional.empty();
		}
		return Optional.empty();
	}

	/** The extension a file of this type is saved under, whatever its sender called it. */
	public static String extension(String contentType) {
		return switch (contentType) {
			case PDF -> ".pdf";
			case "image/jpeg" -> ".jpg";
			case "image/png" -> ".png";
			case "image/gif" -> ".gif";
			case DOCX -> ".docx";
			case DOC -> ".doc";
			default -> ".bin";
		};
	}

	/**
	 * A ZIP package whose entry names (stored uncompressed in its headers) include the two parts every Word
	 * document has. Nothing is decompressed, so that a ZIP bomb costs nothing.
	 */
	private static boolean isWordPackage(byte[] bytes) {
		return contains(bytes, "[Content_Types].xml".getBytes(StandardCharsets.US_ASCII))
				&& contains(bytes, "word/document.xml".getBytes(StandardCharsets.US_ASCII));
	}

	/**
	 * Whether an image reader for the format reads the image's header and finds a sensible size. The pixels are
	 * not decoded: that would cost far more than the rest of an intake, and a small file that claims a huge size
	 * (a decompression bomb) is refused here instead of filling the memory.
	 */
	private static boolean decodes(byte[] bytes) {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			if (!readers.hasNext()) {
				return false;
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				long width = reader.getWidth(0);
				long height = reader.getHeight(0);
				return width > 0 && height > 0 && width * height <= MOST_PIXELS;
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

	/** Whether the file begins with these bytes (a format's magic number). */
	public static boolean startsWith(byte[] bytes, byte[] magic) {
		if (bytes.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if (bytes[i] != magic[i]) {
				return false;
			}
		}
		return true;
	}

	/** Whether these bytes stand anywhere in the file (a part name in a ZIP package's headers, a stream name). */
	public static boolean contains(byte[] bytes, byte[] part) {
		outer: for (int i = 0; i <= bytes.length - part.length; i++) {
			for (int j = 0; j < part.length; j++) {
				if (bytes[i + j] != part[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}
}
