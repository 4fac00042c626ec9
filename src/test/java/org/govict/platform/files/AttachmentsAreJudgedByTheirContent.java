package org.govict.platform.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

public class AttachmentsAreJudgedByTheirContent {

	public static byte[] pdf() throws Exception {
		try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			doc.addPage(new PDPage());
			doc.save(out);
			return out.toByteArray();
		}
	}

	public static byte[] png() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}

	public static byte[] docx() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
		}
		return out.toByteArray();
	}

	@Test
	void pdfImagesAndWordAreAccepted() throws Exception {
		assertThat(AttachedContent.typeOf(pdf())).contains("application/pdf");
		assertThat(AttachedContent.typeOf(png())).contains("image/png");
		assertThat(AttachedContent.typeOf(docx())).contains(AttachedContent.DOCX);
	}

	@Test
	void aTextFileOrABrokenPdfIsRefusedWhateverItsName() {
		assertThat(AttachedContent.typeOf("hello".getBytes(StandardCharsets.UTF_8))).isEmpty();
		assertThat(AttachedContent.typeOf("%PDF-1.7 not really".getBytes(StandardCharsets.UTF_8))).isEmpty();
	}

	@Test
	void anImageWhoseHeaderIsBrokenOrClaimsAHugeSizeIsRefused() throws Exception {
		byte[] junk = java.util.Arrays.copyOf(png(), 16);
		assertThat(AttachedContent.typeOf(junk)).isEmpty();
		// A few hundred bytes that claim 60,000 x 60,000 pixels: decoding them would fill the memory.
		byte[] bomb = png();
		java.nio.ByteBuffer.wrap(bomb, 16, 8).putInt(60_000).putInt(60_000);
		java.util.zip.CRC32 crc = new java.util.zip.CRC32();
		crc.update(bomb, 12, 17);
		java.nio.ByteBuffer.wrap(bomb, 29, 4).putInt((int) crc.getValue());
		assertThat(AttachedContent.typeOf(bomb)).isEmpty();
		java.nio.ByteBuffer.wrap(bomb, 16, 8).putInt(6_000).putInt(6_000);
		crc.reset();
		crc.update(bomb, 12, 17);
		java.nio.ByteBuffer.wrap(bomb, 29, 4).putInt((int) crc.getValue());
		assertThat(AttachedContent.typeOf(bomb)).as("a large photo's header is accepted").contains("image/png");
	}

	@Test
	void anyOtherZipIsNotAWordDocument() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("virus.exe"));
			zip.write(new byte[] { 1, 2, 3 });
		}
		assertThat(AttachedContent.typeOf(out.toByteArray())).isEmpty();
	}
}
