package org.govict.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataIsRemovedBeforePublication {

	@Test
	void emailsPhonesAndIdNumbersAreRemoved() {
		assertThat(PublicText.redact("Liên hệ tôi qua an.nguyen@example.vn hoặc 0905 123 456, CCCD 048190004321.", null))
			.isEqualTo("Liên hệ tôi qua […] hoặc […], CCCD […].");
	}

	@Test
	void theSendersNameIsRemovedWhateverItsCase() {
		assertThat(PublicText.redact("Tôi là NGUYỄN VĂN AN, nhờ ông Nguyễn Văn An trả lời.", "Nguyễn Văn An"))
			.isEqualTo("Tôi là […], nhờ ông […] trả lời.");
	}

	@Test
	void datesAndShortNumbersStay() {
		assertThat(PublicText.redact("Văn bản số 12/SKHCN ngày 01/11/2026, 45 ngày.", "An"))
			.isEqualTo("Văn bản số 12/SKHCN ngày 01/11/2026, 45 ngày.");
	}
}
