package org.govict.helpdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

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
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * A ticket's files on the pages and the API: attached when opening and later, judged by their content, downloaded
 * only by those who see the ticket, as attachments the browser must not sniff; a bad file is named next to the file
 * field and nothing is kept.
 */
@IntegrationTest
@AutoConfigureMockMvc
class TicketAttachmentsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountDetailsService accounts;

	@Autowired
	JdbcClient jdbc;

	UserDetails as(String username) {
		return accounts.loadUserByUsername(username);
	}

	List<Long> tickets(String title) {
		return jdbc.sql("SELECT id FROM helpdesk_tickets WHERE title = ?").param(title).query(Long.class).list();
	}

	static byte[] screenshot() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(30, 10, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}

	static final byte[] PROGRAM = "MZ\u0090\u0000\u0003\u0000\u0000\u0000 program".getBytes(StandardCharsets.ISO_8859_1);

	MockMultipartHttpServletRequestBuilder openForm(String title, MockMultipartFile... files) {
		MockMultipartHttpServletRequestBuilder request = multipart("/helpdesk/tickets/new");
		for (MockMultipartFile f : files) {
			request.file(f);
		}
		request.param("type", "INCIDENT")
			.param("title", title)
			.param("description", "Màn hình xanh khi mở phần mềm")
			.param("impact", "MEDIUM")
			.param("urgency", "MEDIUM");
		return request;
	}

	@Test
	void aScreenshotAttachedWhenOpeningIsDownloadedOnlyByThoseWhoSeeTheTicket() throws Exception {
		String title = "Màn hình xanh " + UUID.randomUUID().toString().substring(0, 8);
		byte[] png = screenshot();
		mvc.perform(openForm(title, new MockMultipartFile("files", "anh chup.png", "application/pdf", png))
			.with(user(as(Demo.MINISTRY_STAFF)))
			.with(csrf())).andExpect(status().is3xxRedirection());
		long id = tickets(title).get(0);
		long file = jdbc.sql("SELECT id FROM helpdesk_attachments WHERE ticket_id = ?").param(id).query(Long.class).single();

		mvc.perform(get("/helpdesk/tickets/{id}", id).with(user(as(Demo.MINISTRY_STAFF))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/helpdesk/tickets/" + id + "/attachments/" + file)))
			.andExpect(content().string(containsString("anh chup.png")))
			.andExpect(content().string(containsString("Qua trang web")));
		byte[] downloaded = mvc
			.perform(get("/helpdesk/tickets/{id}/attachments/{file}", id, file).with(user(as(Demo.MINISTRY_TECHNICIAN))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(downloaded).isEqualTo(png);
		mvc.perform(get("/helpdesk/tickets/{id}/attachments/{file}", id, file).with(user(as(Demo.DANANG_STAFF))))
			.andExpect(status().isNotFound());
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entries WHERE module = 'helpdesk' AND action = 'ATTACHED' AND record_id = ?")
			.param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aProgramRenamedAsAPdfIsRefusedNextToTheFileFieldAndNoTicketIsMade() throws Exception {
		String title = "Tệp lạ " + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(openForm(title, new MockMultipartFile("files", "bao-cao.pdf", "application/pdf", PROGRAM))
			.with(user(as(Demo.MINISTRY_STAFF)))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"files-error\"")))
			.andExpect(content().string(containsString("Tệp &quot;bao-cao.pdf&quot; không phải ảnh")));
		assertThat(tickets(title)).isEmpty();
	}

	@Test
	void moreFilesThanAllowedAreRefused() throws Exception {
		String title = "Nhiều tệp " + UUID.randomUUID().toString().substring(0, 8);
		byte[] log = "INFO started\n".getBytes(StandardCharsets.UTF_8);
		MockMultipartFile[] six = new MockMultipartFile[6];
		for (int i = 0; i < six.length; i++) {
			six[i] = new MockMultipartFile("files", "nhat-ky-" + i + ".log", "text/plain", log);
		}
		mvc.perform(openForm(title, six).with(user(as(Demo.MINISTRY_STAFF))).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("tối đa 5 tệp")));
		assertThat(tickets(title)).isEmpty();
	}

	@Test
	void filesAreAttachedLaterOnThePageAndThroughTheApi() throws Exception {
		String title = "Lỗi phần mềm " + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(openForm(title).with(user(as(Demo.MINISTRY_STAFF))).with(csrf()))
			.andExpect(status().is3xxRedirection());
		long id = tickets(title).get(0);

		mvc.perform(multipart("/helpdesk/tickets/{id}/attachments", id)
			.file(new MockMultipartFile("files", "loi.exe", "application/octet-stream", PROGRAM))
			.param("note", "Tệp cài đặt")
			.with(user(as(Demo.MINISTRY_STAFF)))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"files-error\"")))
			.andExpect(content().string(not(containsString("/attachments/"))));
		mvc.perform(multipart("/helpdesk/tickets/{id}/attachments", id)
			.file(new MockMultipartFile("files", "nhat-ky.log", "text/plain",
					"ERROR Không mở được sổ cái\n".getBytes(StandardCharsets.UTF_8)))
			.param("note", "Nhật ký của phần mềm")
			.with(user(as(Demo.MINISTRY_STAFF)))
			.with(csrf()))
			.andExpect(status().is3xxRedirection());

		mvc.perform(multipart("/api/v1/helpdesk/tickets/{id}/attachments", id)
			.file(new MockMultipartFile("files", "man-hinh.png", "image/png", screenshot()))
			.with(user(as(Demo.MINISTRY_TECHNICIAN)))
			.with(csrf()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$[0].fileName").value("man-hinh.png"))
			.andExpect(jsonPath("$[0].contentType").value("image/png"));
		mvc.perform(multipart("/api/v1/helpdesk/tickets/{id}/attachments", id)
			.file(new MockMultipartFile("files", "x.docx", "application/octet-stream", PROGRAM))
			.header("Accept-Language", "en")
			.with(user(as(Demo.MINISTRY_TECHNICIAN)))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(content().string(containsString("is not a valid image")));
		mvc.perform(get("/api/v1/helpdesk/tickets/{id}/attachments", id).with(user(as(Demo.MINISTRY_STAFF))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].fileName").value("nhat-ky.log"))
			.andExpect(jsonPath("$[0].contentType").value("text/plain"));
		mvc.perform(get("/api/v1/helpdesk/tickets/{id}/attachments", id).with(user(as(Demo.DANANG_STAFF))))
			.andExpect(status().isNotFound());
	}
}
