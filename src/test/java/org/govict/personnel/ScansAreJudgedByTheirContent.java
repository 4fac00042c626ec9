package org.govict.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** A scan is what its bytes say, not what its name says. */
class ScansAreJudgedByTheirContent {

	@Test
	void aPdfThatOpensIsAPdf() throws Exception {
		assertThat(ScannedContent.typeOf(PersonnelExchangeTests.pdf())).contains("application/pdf");
	}

	@Test
	void aPngThatDecodesIsAPng() throws Exception {
		assertThat(ScannedContent.typeOf(PersonnelExchangeTests.png())).contains("image/png");
	}

	@Test
	void textIsNothingWhateverItsName() {
		assertThat(ScannedContent.typeOf("Quyết định số 12".getBytes(StandardCharsets.UTF_8))).isEmpty();
	}

	@Test
	void aPdfHeaderOnBrokenContentIsNothing() {
		assertThat(ScannedContent.typeOf("%PDF-1.7\n%%EOF".getBytes(StandardCharsets.US_ASCII))).isEmpty();
	}

	@Test
	void aJpegHeaderOnBrokenContentIsNothing() {
		assertThat(ScannedContent.typeOf(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2 })).isEmpty();
	}

	@Test
	void theSavedNameKeepsNoPathAndTellsWhatTheFileIs() {
		assertThat(PersonnelDocuments.safeName("../../etc/qd.txt", "application/pdf")).isEqualTo("qd.pdf");
		assertThat(PersonnelDocuments.safeName("C:\\scan\\bằng.jpeg", "image/jpeg")).isEqualTo("bằng.jpg");
		assertThat(PersonnelDocuments.safeName(null, "image/png")).isEqualTo("document.png");
	}
}
