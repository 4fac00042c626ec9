package org.govict.feedback.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.govict.identity.internal.AccountDetailsService;
import org.govict.support.Demo;
import org.govict.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Other systems enter cases through the API, with the files that came with them, in one transaction. */
@IntegrationTest
@AutoConfigureMockMvc
class FeedbackApiIntakeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountDetailsService accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCaseEnteredWithAPhotoKeepsThePhoto() throws Exception {
		String code = mvc.perform(multipart("/api/v1/feedback/cases")
			.file(intake("Ảnh đèn đường hỏng"))
			.file(new MockMultipartFile("files", "den-duong.png", "image/png", png()))
			.with(csrf())
			.with(officer()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.trackingCode").isString())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)
			.replaceAll(".*\"trackingCode\":\"([^\"]+)\".*", "$1");
		assertThat(jdbc.sql("""
				SELECT a.content_type FROM feedback_attachments a JOIN feedback_cases c ON c.id = a.case_id
				 WHERE c.tracking_code = ?""").param(code).query(String.class).list()).containsExactly("image/png");
	}

	@Test
	void aFileThatIsNotWhatItClaimsRefusesTheWholeCase() throws Exception {
		mvc.perform(multipart("/api/v1/feedback/cases")
			.file(intake("Tệp giả ảnh"))
			.file(new MockMultipartFile("files", "anh.png", "image/png", "không phải ảnh".getBytes(StandardCharsets.UTF_8)))
			.with(csrf())
			.with(officer()))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(jdbc.sql("SELECT count(*) FROM feedback_cases WHERE title = 'Tệp giả ảnh'").query(Long.class).single())
			.isZero();
	}

	private MockMultipartFile intake(String title) {
		long unit = jdbc.sql("SELECT id FROM organisation_units WHERE code = 'BNV-TTTT'").query(Long.class).single();
		String json = """
				{"channel":"EMAIL","submission":{"senderType":"INDIVIDUAL","senderName":"Lê Thị Gửi",
				"senderEmail":"le.gui@example.vn","kind":"FEEDBACK","title":"%s",
				"content":"Đèn đường trước cổng trường đã hỏng một tuần.","receivingUnitId":%d}}""".formatted(title, unit);
		return new MockMultipartFile("intake", "", MediaType.APPLICATION_JSON_VALUE, json.getBytes(StandardCharsets.UTF_8));
	}

	private RequestPostProcessor officer() {
		return user(accounts.loadUserByUsername(Demo.MINISTRY_FEEDBACK_OFFICER));
	}

	private static byte[] png() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}
}
