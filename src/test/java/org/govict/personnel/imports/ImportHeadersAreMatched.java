package org.govict.personnel.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;

import org.govict.personnel.RecordSchema;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

class ImportHeadersAreMatched {

	static ImportColumns columns() {
		ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
		messages.setBasename("classpath:messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setDefaultLocale(Locale.forLanguageTag("vi"));
		messages.setFallbackToSystemLocale(false);
		return ImportColumns.of(RecordSchema.builtIn(), messages);
	}

	@Test
	void vietnameseAndEnglishLabelsAndKeysNameTheSameColumnsIgnoringCaseAndDiacritics() {
		ImportColumns.Header header = columns().match(Arrays.asList("HỌ VÀ TÊN KHAI SINH", "so dinh danh ca nhan",
				"Date of birth", "sex", "  Mã đơn vị ", "Ngạch, chức danh nghề nghiệp", "", null, "unit code"));

		assertThat(header.columns()).extracting(c -> c == null ? null : c.key())
			.containsExactly("full_name", "id_number", "birth_date", "sex", ImportColumns.UNIT_CODE, "rank_code", null,
					null, null);
		assertThat(header.repeated()).containsExactly("unit code");
		assertThat(header.unknown()).isEmpty();
		assertThat(header.usable()).isFalse();
	}

	@Test
	void aHeaderWithTheIdNumberAndKnownColumnsIsUsable() {
		ImportColumns.Header header = columns().match(Arrays.asList("Số định danh cá nhân", "Điện thoại"));
		assertThat(header.usable()).isTrue();
		assertThat(header.indexOf("phone")).isEqualTo(1);
	}

	@Test
	void unknownColumnsAndAMissingIdNumberAreReported() {
		ImportColumns.Header header = columns().match(Arrays.asList("Họ và tên khai sinh", "Số CMND cũ"));
		assertThat(header.unknown()).containsExactly("Số CMND cũ");
		assertThat(header.hasIdNumber()).isFalse();
	}

	@Test
	void headersTypedInALegacyFontAreRead() {
		ImportColumns.Header header = columns().match(Arrays.asList("Hä vµ tªn khai sinh", "Sè ®Þnh danh c¸ nh©n"));
		assertThat(header.unknown()).isEmpty();
		assertThat(header.usable()).isTrue();
	}

	@Test
	void choicesAreReadFromTheirLabelsInEitherLanguage() {
		ImportColumns columns = columns();
		assertThat(columns.choiceCode("sex", "Nữ")).isEqualTo("F");
		assertThat(columns.choiceCode("sex", "nu")).isEqualTo("F");
		assertThat(columns.choiceCode("sex", "Male")).isEqualTo("M");
		assertThat(columns.choiceCode("sex", "M")).isEqualTo("M");
		assertThat(columns.choiceCode("status", "ACTIVE")).isEqualTo("ACTIVE");
	}

	@Test
	void theTemplateHasTheCoreFieldsButNoTablesAndNoSensitiveGroups() {
		assertThat(columns().columns()).extracting(ImportColumns.Column::key)
			.contains("full_name", "id_number", ImportColumns.UNIT_CODE, "rank_code", "salary_step", "education_level",
					"party_joined", "army_enlisted", "recruited_on")
			.doesNotContain("unit_id", "family", "training", "health_status", "salary_income", "marital_status");
	}
}
