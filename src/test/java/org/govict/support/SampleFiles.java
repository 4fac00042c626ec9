package org.govict.support;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** Real files, as users upload them: the desk judges uploads by their content, so a header alone will not do. */
public final class SampleFiles {

	private SampleFiles() {
	}

	/** A PDF of one blank page. */
	public static byte[] pdf() {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A small image in the format ImageIO names ("png", "jpg", "gif"). */
	public static byte[] image(String format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB), format, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}
}
