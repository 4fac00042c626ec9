package org.govict.platform.web;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A PDF written top to bottom on A4 pages, in Liberation Serif (metrically Times New Roman, the typeface of the
 * official forms; SIL Open Font License) embedded as a subset, so that every Vietnamese letter prints and can be
 * copied back as text. Keeps a cursor, breaks pages, and numbers them at the end.
 */
public final class PdfSheet implements AutoCloseable {

	private static final String FONTS = "/com/mpobjects/jasperreports/fonts/liberation/";

	public static final float MARGIN = 42;

	private final PDDocument document = new PDDocument();

	private final PDRectangle size;

	public final PDType0Font regular;

	public final PDType0Font bold;

	public final PDType0Font italic;

	private PDPageContentStream content;

	private float y;

	public PdfSheet(boolean landscape) {
		this.size = landscape ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()) : PDRectangle.A4;
		this.regular = font("LiberationSerif-Regular.ttf");
		this.bold = font("LiberationSerif-Bold.ttf");
		this.italic = font("LiberationSerif-Italic.ttf");
		newPage();
	}

	private PDType0Font font(String name) {
		try (InputStream in = PdfSheet.class.getResourceAsStream(FONTS + name)) {
			if (in == null) {
				throw new IllegalStateException("font " + name + " is not on the class path");
			}
			return PDType0Font.load(document, in, true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public float width() {
		return size.getWidth() - 2 * MARGIN;
	}

	public float left() {
		return MARGIN;
	}

	public float y() {
		return y;
	}

	public void newPage() {
		try {
			if (content != null) {
				content.close();
			}
			PDPage page = new PDPage(size);
			document.addPage(page);
			content = new PDPageContentStream(document, page);
			y = size.getHeight() - MARGIN;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Makes room for {@code height} points, on a new page if this one has not enough left. */
	public void need(float height) {
		if (y - height < MARGIN + 16) {
			newPage();
		}
	}

	public void space(float height) {
		y -= height;
	}

	/** Writes one line at {@code x} on the current line, without moving down. */
	public void text(float x, float baseline, String text, PDType0Font font, float fontSize) {
		try {
			content.beginText();
			content.setFont(font, fontSize);
			content.newLineAtOffset(x, baseline);
			content.showText(clean(text));
			content.endText();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public void centred(String text, PDType0Font font, float fontSize, float x, float width) {
		text(x + (width - textWidth(text, font, fontSize)) / 2, y - fontSize, text, font, fontSize);
	}

	/** A paragraph wrapped at the width, moving the cursor down. */
	public void paragraph(String text, PDType0Font font, float fontSize, float indent) {
		for (String line : wrap(text, font, fontSize, width() - indent)) {
			need(fontSize * 1.35f);
			text(left() + indent, y - fontSize, line, font, fontSize);
			y -= fontSize * 1.35f;
		}
	}

	public void heading(String text, float fontSize) {
		need(fontSize * 2);
		centred(text, bold, fontSize, left(), width());
		y -= fontSize * 1.6f;
	}

	/**
	 * A table with a header row (repeated on every page) and rows, each cell wrapped in its column; numbers are
	 * right-aligned when {@code rightAligned} says so for the column.
	 */
	public void table(float[] widths, List<String> header, List<List<String>> rows, float fontSize, boolean[] rightAligned) {
		float total = 0;
		for (float w : widths) {
			total += w;
		}
		float scale = width() / total;
		float[] cols = new float[widths.length];
		for (int i = 0; i < widths.length; i++) {
			cols[i] = widths[i] * scale;
		}
		row(cols, header, bold, fontSize, null, true);
		for (List<String> row : rows) {
			float height = rowHeight(cols, row, regular, fontSize);
			if (y - height < MARGIN + 16) {
				newPage();
				row(cols, header, bold, fontSize, null, true);
			}
			row(cols, row, regular, fontSize, rightAligned, false);
		}
	}

	private float rowHeight(float[] cols, List<String> cells, PDType0Font font, float fontSize) {
		int lines = 1;
		for (int i = 0; i < cols.length; i++) {
			lines = Math.max(lines, wrap(i < cells.size() ? cells.get(i) : "", font, fontSize, cols[i] - 4).size());
		}
		return lines * fontSize * 1.25f + 4;
	}

	private void row(float[] cols, List<String> cells, PDType0Font font, float fontSize, boolean[] right,
			boolean shaded) {
		float height = rowHeight(cols, cells, font, fontSize);
		need(height);
		try {
			float x = left();
			if (shaded) {
				content.setNonStrokingColor(new Color(235, 238, 242));
				content.addRect(x, y - height, width(), height);
				content.fill();
				content.setNonStrokingColor(Color.BLACK);
			}
			content.setLineWidth(0.4f);
			for (int i = 0; i < cols.length; i++) {
				content.addRect(x, y - height, cols[i], height);
				content.stroke();
				List<String> lines = wrap(i < cells.size() ? cells.get(i) : "", font, fontSize, cols[i] - 4);
				float baseline = y - 2 - fontSize;
				for (String line : lines) {
					float tx = right != null && i < right.length && right[i]
							? x + cols[i] - 2 - textWidth(line, font, fontSize) : x + 2;
					text(tx, baseline, line, font, fontSize);
					baseline -= fontSize * 1.25f;
				}
				x += cols[i];
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		y -= height;
	}

	/** A filled rectangle with its lower left corner at (x, bottom). */
	public void bar(float x, float bottom, float width, float height, Color color) {
		try {
			content.setNonStrokingColor(color);
			content.addRect(x, bottom, width, height);
			content.fill();
			content.setNonStrokingColor(Color.BLACK);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Draws a JPEG or PNG picture as large as fits the box, centred, keeping its proportions. */
	public void picture(byte[] bytes, float x, float bottom, float width, float height) {
		try {
			PDImageXObject image = PDImageXObject.createFromByteArray(document, bytes, "photo");
			float scale = Math.min(width / image.getWidth(), height / image.getHeight());
			float w = image.getWidth() * scale;
			float h = image.getHeight() * scale;
			content.drawImage(image, x + (width - w) / 2, bottom + (height - h) / 2, w, h);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public void box(float x, float bottom, float width, float height) {
		try {
			content.setLineWidth(0.6f);
			content.addRect(x, bottom, width, height);
			content.stroke();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public float textWidth(String text, PDType0Font font, float fontSize) {
		try {
			return font.getStringWidth(clean(text)) / 1000 * fontSize;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public List<String> wrap(String text, PDType0Font font, float fontSize, float maxWidth) {
		List<String> lines = new ArrayList<>();
		for (String paragraph : clean(text == null ? "" : text).split("\n", -1)) {
			StringBuilder line = new StringBuilder();
			for (String word : paragraph.split(" ")) {
				String candidate = line.isEmpty() ? word : line + " " + word;
				if (textWidth(candidate, font, fontSize) <= maxWidth || line.isEmpty()) {
					line.setLength(0);
					line.append(candidate);
				}
				else {
					lines.add(line.toString());
					line.setLength(0);
					line.append(word);
				}
			}
			lines.add(line.toString());
		}
		return lines;
	}

	/** Composed (NFC) text without control characters, which the font has no glyphs for. */
	private static String clean(String text) {
		return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC).replaceAll("[\\p{Cntrl}&&[^\n]]", " ");
	}

	/** Numbers the pages ("Trang 1/3") and returns the document's bytes. */
	public byte[] finish(String pageLabel) {
		try {
			content.close();
			content = null;
			int count = document.getNumberOfPages();
			for (int i = 0; i < count; i++) {
				PDPage page = document.getPage(i);
				try (PDPageContentStream footer = new PDPageContentStream(document, page,
						PDPageContentStream.AppendMode.APPEND, true)) {
					String label = pageLabel + " " + (i + 1) + "/" + count;
					footer.beginText();
					footer.setFont(italic, 9);
					footer.newLineAtOffset(size.getWidth() - MARGIN - textWidth(label, italic, 9), MARGIN / 2);
					footer.showText(label);
					footer.endText();
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			document.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
