package org.govict.feedback.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Open311 has no title: a request without the title attribute is named by its description's first line. */
class Open311TitleIsTheFirstLineOfTheDescription {

	@Test
	void aShortFirstLineIsTheTitle() {
		assertThat(Open311Api.titleOf("  Đèn đường hỏng\nở ngõ 5 từ tuần trước")).isEqualTo("Đèn đường hỏng");
	}

	@Test
	void aLongLineIsCutAtAWord() {
		String line = "Mạng cáp quang của khu dân cư bị gián đoạn ".repeat(5).strip();
		String title = Open311Api.titleOf(line);
		assertThat(title).endsWith("…").hasSizeLessThanOrEqualTo(121);
		assertThat(line).startsWith(title.substring(0, title.length() - 1));
		assertThat(title.charAt(title.length() - 2)).isNotEqualTo(' ');
	}
}
