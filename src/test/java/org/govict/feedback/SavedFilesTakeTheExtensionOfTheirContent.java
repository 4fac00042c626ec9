package org.govict.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An attachment is saved under the extension of what its content is, whatever its sender called it. */
class SavedFilesTakeTheExtensionOfTheirContent {

	@Test
	void theSavedNameTakesTheExtensionOfWhatTheFileIs() {
		assertThat(FeedbackDesk.safeName("ảnh chụp.exe", "image/png")).isEqualTo("ảnh chụp.png");
		assertThat(FeedbackDesk.safeName("don khieu nai", "application/pdf")).isEqualTo("don khieu nai.pdf");
	}
}
