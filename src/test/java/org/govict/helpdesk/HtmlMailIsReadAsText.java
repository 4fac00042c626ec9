package org.govict.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An HTML mail's text for the ticket: lines kept, scripts, styles and tags gone, entities decoded. */
class HtmlMailIsReadAsText {

	@Test
	void paragraphsAndBreaksBecomeLinesAndNothingActiveIsKept() {
		String html = """
				<html><head><style>p { color: red }</style><title>x</title></head>
				<body><p>Máy in <b>phòng&nbsp;201</b> hỏng.</p><script>alert('x')</script>
				<div>Mã lỗi: E-000 &amp; E-001<br>Xin hỗ trợ &lt;gấp&gt;.</div>
				<ul><li>Đã tắt bật lại</li><li>Đã thay giấy</li></ul><!-- <img src=x onerror=alert(1)> --></body></html>""";
		assertThat(HtmlText.toText(html)).isEqualTo("""
				Máy in phòng 201 hỏng.
				Mã lỗi: E-000 & E-001
				Xin hỗ trợ <gấp>.
				- Đã tắt bật lại
				- Đã thay giấy""");
	}

	@Test
	void aReplysOwnWordsAreKeptWithoutTheMailItQuotes() {
		assertThat(MailIntake.withoutQuote("Máy báo lỗi E-000.\n\nVào 10:00 Thứ Hai, 5/12/2026, GovICT "
				+ "<no-reply@govict.local> đã viết:\n> Anh cho biết máy in báo lỗi mã gì?")).isEqualTo("Máy báo lỗi E-000.");
		assertThat(MailIntake.withoutQuote("Đã xong.\n\nOn Mon, Dec 5, 2026 GovICT wrote:\n> Resolved"))
			.isEqualTo("Đã xong.");
		assertThat(MailIntake.withoutQuote("Đã xong.\r\n\r\nFrom: GovICT\r\nSent: Monday\r\nSubject: x"))
			.isEqualTo("Đã xong.");
		assertThat(MailIntake.withoutQuote("> chỉ có trích dẫn")).isEqualTo("> chỉ có trích dẫn");
		assertThat(MailIntake.withoutQuote("Máy in hỏng từ sáng.")).isEqualTo("Máy in hỏng từ sáng.");
	}

	@Test
	void theSubjectsReferenceIsTheDesksOwn() {
		assertThat(MailIntake.reference("Re: Đã nhận yêu cầu hỗ trợ số 1234: Máy in")).contains(1234L);
		assertThat(MailIntake.reference("RE: Support ticket 77 received")).contains(77L);
		assertThat(MailIntake.reference("Máy in phòng 201 hỏng")).isEmpty();
	}
}
