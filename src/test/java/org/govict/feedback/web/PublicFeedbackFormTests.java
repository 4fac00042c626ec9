package org.govict.feedback.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.govict.feedback.Receipt;
import org.govict.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The public form, without sign-in: errors at the fields with what the sender typed kept, the challenge, the
 * honeypot, the rate limit, the receipt and the status page.
 */
@IntegrationTest
@AutoConfigureMockMvc
class PublicFeedbackFormTests {

	static final AtomicInteger ADDRESSES = new AtomicInteger(1);

	@Autowired
	MockMvc mvc;

	@Autowired
	Challenges challenges;

	@Autowired
	JdbcClient jdbc;

	/** Each test comes from an address of its own, so that the rate limit of one does not stop another. */
	final String address = "192.0.2." + ADDRESSES.getAndIncrement();

	RequestPostProcessor from(String remote) {
		return request -> {
			request.setRemoteAddr(remote);
			return request;
		};
	}

	MockMultipartHttpServletRequestBuilder form(String title, String... overrides) {
		Challenges.Challenge challenge = challenges.issue();
		Map<String, String> params = new LinkedHashMap<>();
		params.put("senderType", "INDIVIDUAL");
		params.put("senderName", "Lê Thị Phản Ánh");
		params.put("senderEmail", "phan.anh@example.vn");
		params.put("kind", "FEEDBACK");
		params.put("topicCode", "ONLINE_SERVICES");
		params.put("title", title);
		params.put("content", "Cổng dịch vụ công chạy chậm vào buổi sáng.");
		params.put("challengeToken", challenge.token());
		params.put("challengeAnswer", String.valueOf(challenge.a() + challenge.b()));
		for (int i = 0; i < overrides.length; i += 2) {
			params.put(overrides[i], overrides[i + 1]);
		}
		MockMultipartHttpServletRequestBuilder form = multipart("/feedback/new");
		params.forEach(form::param);
		form.with(csrf()).with(from(address));
		return form;
	}

	long cases(String title) {
		return jdbc.sql("SELECT count(*) FROM feedback_cases WHERE title = ?").param(title).query(Long.class).single();
	}

	@Test
	void theFormIsPublicInBothLanguagesWithAChallenge() throws Exception {
		mvc.perform(get("/feedback/new?lang=vi"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Gửi phản ánh, kiến nghị"), containsString("cộng"),
					containsString("name=\"challengeToken\""), containsString("name=\"website\""))));
		mvc.perform(get("/feedback/new?lang=en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Send feedback"), containsString("plus"))));
	}

	@Test
	void aValidSubmissionLeadsToTheReceiptWithCodeAndSecret() throws Exception {
		MvcResult result = mvc.perform(form("Cổng chạy chậm"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/feedback/receipt"))
			.andExpect(flash().attributeExists("receipt"))
			.andReturn();
		Receipt receipt = (Receipt) result.getFlashMap().get("receipt");
		mvc.perform(get("/feedback/receipt").cookie(result.getResponse().getCookies()))
			.andDo(r -> assertThat(r.getResponse().getRedirectedUrl()).isNull())
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(receipt.trackingCode()), containsString(receipt.secret()))));
		assertThat(cases("Cổng chạy chậm")).isEqualTo(1);

		mvc.perform(post("/feedback/status").with(csrf()).with(from(address))
			.param("code", receipt.trackingCode())
			.param("secret", receipt.secret()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Đã tiếp nhận"), containsString("Trung tâm Thông tin"))));
		mvc.perform(post("/feedback/status").with(csrf()).with(from(address))
			.param("code", receipt.trackingCode())
			.param("secret", "WRONG-SECRET"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Không tìm thấy hồ sơ")));
	}

	@Test
	void missingAndTooLongFieldsAreMarkedAndWhatWasTypedIsKept() throws Exception {
		mvc.perform(form("", "content", "x".repeat(4001), "senderEmail", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"title-error\""), containsString("id=\"content-error\""),
					containsString("id=\"senderEmail-error\""), containsString("Thị Phản"),
					containsString("Hãy nhập thư điện tử hoặc số điện thoại"))));
	}

	@Test
	void aWrongAnswerToTheChallengeIsMarkedAndNothingIsStored() throws Exception {
		mvc.perform(form("Sai phép tính", "challengeAnswer", "100"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"challengeAnswer-error\""),
					containsString("Sai ph"))));
		assertThat(cases("Sai phép tính")).isZero();
	}

	@Test
	void aChallengeIsTakenOnlyOnceAndAForgedOneNever() {
		Challenges.Challenge challenge = challenges.issue();
		String answer = String.valueOf(challenge.a() + challenge.b());
		assertThat(challenges.accept(challenge.token(), answer)).isTrue();
		assertThat(challenges.accept(challenge.token(), answer)).isFalse();
		Challenges.Challenge other = challenges.issue();
		String forged = other.token().substring(0, other.token().lastIndexOf('.') + 1) + "AAAA";
		assertThat(challenges.accept(forged, String.valueOf(other.a() + other.b()))).isFalse();
	}

	@Test
	void aFileThatIsNotWhatItsNameSaysIsMarkedOnTheAttachmentsField() throws Exception {
		MockMultipartHttpServletRequestBuilder form = form("Tệp giả");
		form.file(new MockMultipartFile("attachments", "scan.pdf", "application/pdf", "MZ not a pdf".getBytes()));
		mvc.perform(form)
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"attachments-error\""), containsString("scan.pdf"))));
		assertThat(cases("Tệp giả")).isZero();
	}

	@Test
	void theHoneypotTurnsAwayBots() throws Exception {
		mvc.perform(form("Máy gửi", "website", "http://spam.example")).andExpect(status().isOk()).andExpect(content().string(containsString("Không thể tiếp nhận")));
		assertThat(cases("Máy gửi")).isZero();
	}

	@Test
	void oneAddressIsStoppedAfterTooManySubmissions() throws Exception {
		for (int i = 0; i < 20; i++) {
			mvc.perform(form("")).andExpect(status().isOk());
		}
		mvc.perform(form("Quá nhiều")).andExpect(status().isTooManyRequests());
		assertThat(cases("Quá nhiều")).isZero();
	}

	@Test
	void theSameSubmissionTwiceGivesTheEarlierCodeAndNoNewCase() throws Exception {
		mvc.perform(form("Gửi lặp lại")).andExpect(status().is3xxRedirection());
		mvc.perform(form("Gửi lặp lại"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("đã được gửi trước đó"), not(containsString("id=\"secret\"")))));
		assertThat(cases("Gửi lặp lại")).isEqualTo(1);
	}

	@Test
	void thePublishedAnswersArePublicInBothLanguages() throws Exception {
		mvc.perform(get("/feedback/answers?lang=vi&q=khong co gi"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kết quả trả lời phản ánh, kiến nghị")));
		mvc.perform(get("/feedback/answers?lang=en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Published answers")));
	}
}
