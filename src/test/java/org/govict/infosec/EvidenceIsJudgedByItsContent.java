package org.govict.infosec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.govict.support.SampleFiles;
import org.junit.jupiter.api.Test;

/** Evidence files are taken for what their bytes say, whatever their name; a late appraisal shows as late. */
class EvidenceIsJudgedByItsContent {

	@Test
	void pdfImagesAndWordAreAcceptedAndOtherContentIsNot() throws IOException {
		assertThat(EvidenceType.of(SampleFiles.pdf())).contains("application/pdf");
		assertThat(EvidenceType.of(SampleFiles.image("png"))).contains("image/png");
		assertThat(EvidenceType.of(SampleFiles.image("jpg"))).contains("image/jpeg");
		assertThat(EvidenceType.of(zip("[Content_Types].xml", "word/document.xml")))
			.contains("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		// A header alone is not the file: a PDF that does not open, an image that is not one.
		assertThat(EvidenceType.of("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).isEmpty();
		assertThat(EvidenceType.of(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0 })).isEmpty();
		assertThat(EvidenceType.of(SampleFiles.image("gif"))).isEmpty();
		assertThat(EvidenceType.of(zip("payload.exe"))).isEmpty();
		assertThat(EvidenceType.of("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
		assertThat(EvidenceType.of(new byte[0])).isEmpty();
	}

	static byte[] zip(String... entries) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (String entry : entries) {
				zip.putNextEntry(new ZipEntry(entry));
				zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}


	@Test
	void theRequiredLevelIsTheApprovedOneOnceThereIsOne() {
		SystemFacts facts = new SystemFacts(SystemKind.OTHER, true, false, false, false, false, null, false, false, 0,
				0, null, null, false);
		LocalDate day = LocalDate.of(2026, 11, 2);
		InformationSystem proposed = new InformationSystem(1, 1, "S", 1, facts, null, DossierStatus.PROPOSED, 2, 3,
				LegalBasis.DECREE_331_2026, day,
				"Cục ATTT", day.plusDays(21), null, null, null, null, null, null, false, 0);
		assertThat(proposed.requiredLevel()).isEqualTo(3);
		assertThat(proposed.appraisalLate(day.plusDays(21))).isFalse();
		assertThat(proposed.appraisalLate(day.plusDays(22))).isTrue();
		InformationSystem approved = new InformationSystem(1, 1, "S", 1, facts, null, DossierStatus.APPROVED, 4, 3,
				LegalBasis.DECREE_331_2026, day,
				"Cục ATTT", day.plusDays(21), day, "Đồng ý", 3, "1/QĐ", day, "Bộ trưởng", true, 0);
		assertThat(approved.requiredLevel()).isEqualTo(3);
		assertThat(approved.appraisalLate(day.plusDays(60))).isFalse();
	}
}
