package org.govict.helpdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.govict.identity.internal.AccountDetailsService;
import org.govict.support.Demo;
import org.govict.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

/** The service desk's pages and API as staff, technicians and outsiders meet them. */
@IntegrationTest
@AutoConfigureMockMvc
class HelpdeskPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountDetailsService accounts;

	@Autowired
	JdbcClient jdbc;

	UserDetails as(String username) {
		return accounts.loadUserByUsername(username);
	}

	long lastTicket(String title) {
		return jdbc.sql("SELECT max(id) FROM helpdesk_tickets WHERE title = ?").param(title).query(Long.class).single();
	}

	@Test
	void aStaffMemberOpensATicketFromTheFormAndSeesFieldErrorsFirst() throws Exception {
		mvc.perform(get("/helpdesk/tickets/new").with(user(as(Demo.MINISTRY_STAFF))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Gửi yêu cầu hỗ trợ")));
		mvc.perform(post("/helpdesk/tickets/new").with(user(as(Demo.MINISTRY_STAFF)))
			.with(csrf())
			.param("type", "INCIDENT")
			.param("title", "")
			.param("description", "Không vào được mạng")
			.param("impact", "MEDIUM")
			.param("urgency", "HIGH"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"title-error\"")));
		mvc.perform(post("/helpdesk/tickets/new").with(user(as(Demo.MINISTRY_STAFF)))
			.with(csrf())
			.param("type", "INCIDENT")
			.param("title", "Trang web mất kết nối tầng 4")
			.param("description", "Không vào được mạng từ sáng")
			.param("impact", "MEDIUM")
			.param("urgency", "HIGH"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/helpdesk/tickets/*"));
		long id = lastTicket("Trang web mất kết nối tầng 4");
		mvc.perform(get("/helpdesk/tickets/{id}", id).with(user(as(Demo.MINISTRY_STAFF))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Trang web mất kết nối tầng 4")))
			.andExpect(content().string(not(containsString("id=\"take\""))));
		mvc.perform(get("/helpdesk/tickets/{id}", id).with(user(as(Demo.DANANG_STAFF))))
			.andExpect(status().isNotFound());
		mvc.perform(get("/helpdesk/tickets").param("q", "mat ket noi tang 4").with(user(as(Demo.MINISTRY_TECHNICIAN))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Trang web mất kết nối tầng 4")));
		mvc.perform(post("/helpdesk/tickets/{id}/steps/take", id).with(csrf()).with(user(as(Demo.MINISTRY_TECHNICIAN))))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("SELECT status FROM helpdesk_tickets WHERE id = ?").param(id).query(String.class).single())
			.isEqualTo("ASSIGNED");
	}

	@Test
	void theApiOpensListsAndStepsTicketsWithProblemDetailsOnErrors() throws Exception {
		mvc.perform(post("/api/v1/helpdesk/tickets").with(user(as(Demo.MINISTRY_STAFF)))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"type":"REQUEST","title":"Cấp tài khoản thư điện tử API","description":"Cho cán bộ mới",
					 "impact":"LOW","urgency":"MEDIUM"}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.priority").value("LOW"))
			.andExpect(jsonPath("$.status").value("NEW"));
		long id = lastTicket("Cấp tài khoản thư điện tử API");
		mvc.perform(get("/api/v1/helpdesk/tickets/{id}", id).with(user(as(Demo.DANANG_STAFF))))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(post("/api/v1/helpdesk/tickets/{id}/resolve", id).with(user(as(Demo.MINISTRY_TECHNICIAN)))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"note\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(post("/api/v1/helpdesk/tickets/{id}/resolve", id).with(user(as(Demo.MINISTRY_TECHNICIAN)))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"note\":\"Đã cấp tài khoản.\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RESOLVED"));
		mvc.perform(get("/api/v1/helpdesk/tickets/{id}/steps", id).with(user(as(Demo.MINISTRY_STAFF))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].action").value("OPENED"))
			.andExpect(jsonPath("$[1].action").value("RESOLVED"));
		mvc.perform(get("/api/v1/helpdesk/tickets").param("q", "cap tai khoan thu").with(user(as(Demo.MINISTRY_STAFF))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[0].id").value(id));
		mvc.perform(post("/api/v1/helpdesk/articles").with(user(as(Demo.MINISTRY_TECHNICIAN)))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"Quy trình cấp tài khoản thư\",\"body\":\"Gửi đề nghị có ý kiến lãnh đạo.\",\"published\":true}"))
			.andExpect(status().isCreated());
		long article = jdbc.sql("SELECT max(id) FROM helpdesk_articles WHERE title = 'Quy trình cấp tài khoản thư'")
			.query(Long.class)
			.single();
		mvc.perform(post("/api/v1/helpdesk/tickets/{id}/articles", id).with(user(as(Demo.MINISTRY_TECHNICIAN)))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"articleId\":" + article + "}")).andExpect(status().isOk());
		mvc.perform(get("/helpdesk/tickets/{id}", id).with(user(as(Demo.MINISTRY_STAFF))))
			.andExpect(content().string(containsString("Quy trình cấp tài khoản thư")));
		mvc.perform(post("/api/v1/helpdesk/tickets/{id}/resume", id).with(user(as(Demo.MINISTRY_TECHNICIAN))).with(csrf()))
			.andExpect(status().isConflict());
	}

	@Test
	void theKnowledgeBaseIsSearchedWithoutDiacriticsAndDraftsStayWithTechnicians() throws Exception {
		mvc.perform(post("/helpdesk/kb/new").with(user(as(Demo.MINISTRY_TECHNICIAN)))
			.with(csrf())
			.param("title", "Cách xử lý máy in kẹt giấy")
			.param("body", "Mở nắp sau, kéo giấy theo chiều in.")
			.param("published", "true")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/helpdesk/kb/new").with(user(as(Demo.MINISTRY_TECHNICIAN)))
			.with(csrf())
			.param("title", "Bản nháp cấu hình tường lửa")
			.param("body", "Chưa xong.")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/helpdesk/kb").param("q", "may in ket giay").with(user(as(Demo.DANANG_STAFF))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Cách xử lý máy in kẹt giấy")));
		mvc.perform(get("/helpdesk/kb").with(user(as(Demo.DANANG_STAFF))))
			.andExpect(content().string(not(containsString("Bản nháp cấu hình tường lửa"))));
		mvc.perform(get("/helpdesk/kb/new").with(user(as(Demo.MINISTRY_STAFF)))).andExpect(status().isForbidden());
	}

	@Test
	void techniciansAndLeadersReadTheReportAndItsWorkbookStaffDoNot() throws Exception {
		mvc.perform(post("/api/v1/helpdesk/tickets").with(user(as(Demo.MINISTRY_STAFF)))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"type":"INCIDENT","title":"Báo cáo: máy quét hỏng","description":"Không quét được",
					 "impact":"LOW","urgency":"LOW"}""")).andExpect(status().isCreated());
		mvc.perform(get("/helpdesk/reports").with(user(as(Demo.MINISTRY_TECHNICIAN))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Số yêu cầu theo danh mục")))
			.andExpect(content().string(containsString("Cơ sở dữ liệu")));
		mvc.perform(get("/helpdesk/reports").with(user(as(Demo.MINISTRY_LEADER)))).andExpect(status().isOk());
		mvc.perform(get("/helpdesk/reports/tickets.xlsx").param("from", "2020-01-01").param("to", "2030-12-31")
			.with(user(as(Demo.MINISTRY_TECHNICIAN))))
			.andExpect(status().isOk())
			.andExpect(content().contentType(SupportReportController.XLSX));
		mvc.perform(get("/helpdesk/reports").with(user(as(Demo.MINISTRY_STAFF)))).andExpect(status().isForbidden());
	}

	@Test
	void theSettingsPageListsTheMailsSetAside() throws Exception {
		String subject = "Thư lỗi " + java.util.UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO helpdesk_mail_failures (message_key, sender, subject, attempts, last_error, set_aside_at)
				VALUES (?, 'nguoigui@example.vn', ?, 3, 'MessagingException: Missing start boundary', now())""")
			.params("<" + subject + "@test>", subject)
			.update();

		mvc.perform(get("/helpdesk/settings").with(user(as(Demo.MINISTRY_TECHNICIAN))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Thư không tiếp nhận được")))
			.andExpect(content().string(containsString(subject)))
			.andExpect(content().string(containsString("Missing start boundary")));
	}

	@Test
	void administratorsEditCategoriesAndServiceLevelsTechniciansOnlyGroups() throws Exception {
		mvc.perform(post("/helpdesk/settings/categories").with(csrf())
			.with(user(as(Demo.ADMIN)))
			.param("nameVi", "Hội nghị truyền hình")
			.param("nameEn", "Video conferencing")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/helpdesk/settings").with(user(as(Demo.MINISTRY_TECHNICIAN))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hội nghị truyền hình")));
		mvc.perform(post("/helpdesk/settings/categories").with(csrf())
			.with(user(as(Demo.MINISTRY_TECHNICIAN)))
			.param("nameVi", "Không được thêm")).andExpect(status().isForbidden());
		mvc.perform(post("/helpdesk/settings/service-levels/VERY_HIGH").with(csrf())
			.with(user(as(Demo.ADMIN)))
			.param("responseMinutes", "20")
			.param("resolutionMinutes", "240")).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("SELECT response_minutes FROM helpdesk_service_levels WHERE priority = 5")
			.query(Integer.class)
			.single()).isEqualTo(20);
		long technician = jdbc.sql("SELECT id FROM users WHERE username = ?")
			.param(Demo.MINISTRY_TECHNICIAN)
			.query(Long.class)
			.single();
		long unit = jdbc.sql("SELECT id FROM organisation_units WHERE code = 'BNV-TTTT'").query(Long.class).single();
		mvc.perform(post("/helpdesk/settings/groups").with(csrf())
			.with(user(as(Demo.MINISTRY_TECHNICIAN)))
			.param("name", "Nhóm máy in và thiết bị văn phòng")
			.param("unitId", String.valueOf(unit))
			.param("memberIds", String.valueOf(technician))).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("""
				SELECT count(*) FROM helpdesk_group_members m JOIN helpdesk_groups g ON g.id = m.group_id
				 WHERE g.name = 'Nhóm máy in và thiết bị văn phòng'""").query(Long.class).single()).isEqualTo(1);
		mvc.perform(get("/helpdesk/settings").with(user(as(Demo.MINISTRY_STAFF)))).andExpect(status().isForbidden());
	}

	@Test
	void aBadSurveyLinkShowsNoTicketAndNeedsNoSignIn() throws Exception {
		mvc.perform(get("/helpdesk/survey/{token}", "forged-token"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("không hợp lệ")));
	}
}
