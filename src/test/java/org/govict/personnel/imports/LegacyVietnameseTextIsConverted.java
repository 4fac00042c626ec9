package org.govict.personnel.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LegacyVietnameseTextIsConverted {

	@ParameterizedTest(name = "TCVN3 {0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			NguyÔn ThÞ H\u00AD\u00ACng           | Nguyễn Thị Hương
			TrÇn §øc Th¾ng                       | Trần Đức Thắng
			Ph¹m V¨n §ång                        | Phạm Văn Đồng
			Lª ThÞ Thu Hµ                        | Lê Thị Thu Hà
			Hå ChÝ Minh                          | Hồ Chí Minh
			§µ N½ng                              | Đà Nẵng
			""")
	void tcvn3(String legacy, String unicode) {
		assertThat(LegacyVietnamese.toUnicode(legacy)).isEqualTo(unicode);
	}

	@ParameterizedTest(name = "VNI {0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Nguyeãn Thò Höông           | Nguyễn Thị Hương
			Traàn Ñöùc Thaéng           | Trần Đức Thắng
			Phaïm Vaên Ñoàng            | Phạm Văn Đồng
			Nguyeãn Vaên Nam            | Nguyễn Văn Nam
			Leâ Thò Thu Haø             | Lê Thị Thu Hà
			TRAÀN ÑÖÙC THAÉNG           | TRẦN ĐỨC THẮNG
			Hoà Chí Minh                | Hoà Chí Minh
			""")
	void vni(String legacy, String unicode) {
		assertThat(LegacyVietnamese.toUnicode(legacy)).isEqualTo(unicode);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Nguyễn Thị Hương", "Trần Đức Thắng", "Phạm Văn Đồng", "Hoàng Văn Toán", "Lê Hà",
			"Xuân Quỳnh", "Nguyên", "Khoẻ", "Thuý", "Quá", "Tiên", "Phòng Tổ chức - Hành chính", "Nguyen Van A",
			"012345678901", "DNG-SNV", "José", "Café 100%", "01/02/1980", "Lê Mê", "Tôn giáo", "già", "Quà", "quá", "Hoàn", "Hoãn", "giúp", "Gió", "Xuân", "Nguyên",
			"Tiên", "Thuý", "Hoà", "Toán", "" })
	void unicodeAndAsciiAreLeftAlone(String text) {
		assertThat(LegacyVietnamese.toUnicode(text)).isEqualTo(text);
	}

	@org.junit.jupiter.api.Test
	void decomposedUnicodeIsComposed() {
		String decomposed = Normalizer.normalize("Nguyễn Thị Hương", Normalizer.Form.NFD);
		assertThat(LegacyVietnamese.toUnicode(decomposed)).isEqualTo("Nguyễn Thị Hương");
	}
}
