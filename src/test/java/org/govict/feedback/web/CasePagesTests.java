package org.govict.feedback.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.govict.feedback.CaseKind;
import org.govict.feedback.FeedbackDesk;
import org.govict.feedback.Receipt;
import org.govict.feedback.SenderType;
import org.govict.feedback.Submission;
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

/** The staff pages and API: the list with its due views, a case with its steps, intake, and the rules. */
@IntegrationTest
@AutoConfigureMockMvc
class CasePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountDetailsService accounts;

	@Autowired
	FeedbackDesk desk;

	@Autowired
	JdbcClient jdbc;

	UserDetails as(String username) {
		return accounts.loadUserByUsername(username);
	}

	long unit(String code) {
		return jdbc.sql("SELECT id FROM organisation_units WHERE code = ?").param(code).query(Long.class).single();
	}

	Receipt submitted(String title) {
		return desk.submit(new Submission(SenderType.INDIVIDUAL, "Đoàn Văn Gửi", "doan.gui@example.vn", null, null, null,
				CaseKind.FEEDBACK, "TELECOM", title, "Mạng di động mất sóng ở khu dân cư.", false, null), List.of(),
				Locale.forLanguageTag("vi"));
	}

	@Test
	void officersListCasesSearchWithoutDiacriticsAndSeeTheOverdueOnes() throws Exception {
		Receipt fresh = submitted("Mất sóng chậm khắc phục");
		Receipt late = submitted("Cáp quang đứt đã lâu");
		jdbc.sql("UPDATE feedback_cases SET due_on = ? WHERE id = ?").params(LocalDate.now().minusDays(3), late.caseId())
			.update();
		jdbc.sql("UPDATE feedback_cases SET due_on = ? WHERE id = ?").params(LocalDate.now().plusDays(2), fresh.caseId())
			.update();
		mvc.perform(get("/feedback/cases?q=mat song cham").with(user(as(Demo.MINISTRY_FEEDBACK_OFFICER))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(fresh.trackingCode()), not(containsString(late.trackingCode())))));
		mvc.perform(get("/feedback/cases?due=overdue").with(user(as(Demo.MINISTRY_FEEDBACK_OFFICER))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(late.trackingCode()), not(containsString(fresh.trackingCode())))));
		mvc.perform(get("/feedback/cases?due=soon&lang=en").with(user(as(Demo.MINISTRY_LEADER))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(fresh.trackingCode()), containsString("Due soon"))));
		mvc.perform(get("/feedback/cases").with(user(as(Demo.MINISTRY_STAFF)))).andExpect(status().isForbidden());
	}

	@Test
	void aCasePageOffersTheStepsAndTakesThem() throws Exception {
		Receipt receipt = submitted("Trạm phát sóng gây nhiễu");
		long id = receipt.caseId();
		mvc.perform(get("/feedback/cases/{id}", id).with(user(as(Demo.MINISTRY_FEEDBACK_OFFICER))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Đoàn Văn Gửi"), containsString("action-assign"),
					containsString("action-spam"), not(containsString("action-approve")))));
		mvc.perform(post("/feedback/cases/{id}/assign", id).with(csrf())
			.with(user(as(Demo.MINISTRY_FEEDBACK_OFFICER)))
			.param("handlingUnitId", String.valueOf(unit("BNV-TTTT-HTAT")))
			.param("coordinatingUnitIds", String.valueOf(unit("BNV-TTTT-CSDL")))
			.param("note", "Kiểm tra trạm"))
			.andExpect(redirectedUrl("/feedback/cases/" + id))
			.andExpect(flash().attribute("flashMessage", "feedback.done.ASSIGNED"));
		mvc.perform(post("/feedback/cases/{id}/send", id).with(csrf()).with(user(as(Demo.MINISTRY_FEEDBACK_OFFICER))))
			.andExpect(redirectedUrl("/feedback/cases/" + id))
			.andExpect(flash().attribute("flashError", "feedback.step.notAllowed"));
		mvc.perform(get("/feedback/cases/{id}", id).with(user(as(Demo.MINISTRY_FEEDBACK_OFFICER))))
			.andExpect(content().string(allOf(containsString("Phòng Hạ tầng kỹ thuật và An toàn thông tin"),
					containsString("Kiểm tra trạm"), containsString("action-request-information"))));
		mvc.perform(get("/feedback/cases/{id}", id).with(user(as(Demo.DANANG_FEEDBACK_OFFICER))))
			.andExpect(status().isNotFound());
	}

	@Test
	void staffEnterAPhoneCallAndGetTheSecretToPassOn() throws Exception {
		mvc.perform(multipart("/feedback/cases/new").with(csrf())
			.with(user(as(Demo.MINISTRY_FEEDBACK_OFFICER)))
			.param("channel", "PHONE")
			.param("receivingUnitId", String.valueOf(unit("BNV-TTTT")))
			.param("senderType", "INDIVIDUAL")
			.param("senderName", "Người gọi điện")
			.param("senderPhone", "0988777666")
			.param("kind", "FEEDBACK")
			.param("title", "Gọi điện phản ánh")
			.param("content", "Không đăng nhập được cổng."))
			.andExpect(redirectedUrlPattern("/feedback/cases/*"))
			.andExpect(flash().attribute("flashMessage", "feedback.intake.done"));
		assertThat(jdbc.sql("SELECT channel FROM feedback_cases WHERE title = 'Gọi điện phản ánh'").query(String.class)
			.single()).isEqualTo("PHONE");
		mvc.perform(get("/feedback/cases/new").with(user(as(Demo.MINISTRY_LEADER)))).andExpect(status().isForbidden());
	}

	@Test
	void theApiTakesStepsAndAnswersRefusalsAsProblemDetails() throws Exception {
		Receipt receipt = submitted("Qua API");
		long id = receipt.caseId();
		mvc.perform(get("/api/v1/feedback/cases/{id}", id).with(user(as(Demo.MINISTRY_FEEDBACK_OFFICER))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.trackingCode").value(receipt.trackingCode()))
			.andExpect(jsonPath("$.status").value("RECEIVED"));
		mvc.perform(post("/api/v1/feedback/cases/{id}/request-information", id).with(csrf())
			.with(user(as(Demo.MINISTRY_FEEDBACK_OFFICER)))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"note\":\"Xin cho biết địa chỉ cụ thể.\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("WAITING_FOR_SENDER"));
		mvc.perform(post("/api/v1/feedback/cases/{id}/draft", id).with(csrf())
			.with(user(as(Demo.MINISTRY_FEEDBACK_OFFICER)))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"note\":\"Trả lời\"}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/feedback/cases/{id}/history", id).with(user(as(Demo.MINISTRY_FEEDBACK_OFFICER))))
			.andExpect(jsonPath("$[1].step").value("INFO_REQUESTED"));
	}

	@Test
	void administratorsChangeADeadlineRuleAndStaffOnlyReadIt() throws Exception {
		mvc.perform(get("/feedback/rules?lang=en").with(user(as(Demo.MINISTRY_FEEDBACK_OFFICER))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("5 working days"), containsString("30 days, at most 2 times"),
					not(containsString("/edit")))));
		mvc.perform(get("/feedback/rules/FEEDBACK/SETTLE/edit").with(user(as(Demo.ADMIN)))).andExpect(status().isOk());
		mvc.perform(post("/feedback/rules/FEEDBACK/SETTLE/edit").with(csrf())
			.with(user(as(Demo.ADMIN)))
			.param("days", "15")
			.param("counting", "WORKING_DAYS")
			.param("countedFrom", "ACCEPTED")
			.param("legalBasis", "Quy chế mới"))
			.andExpect(redirectedUrl("/feedback/rules"));
		assertThat(jdbc.sql("SELECT days || ' ' || counting FROM feedback_deadline_rules WHERE kind = 'FEEDBACK' AND stage = 'SETTLE'")
			.query(String.class).single()).isEqualTo("15 WORKING_DAYS");
		mvc.perform(put("/api/v1/feedback/rules/FEEDBACK/SETTLE").with(csrf())
			.with(user(as(Demo.MINISTRY_FEEDBACK_OFFICER)))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"days\":1,\"counting\":\"WORKING_DAYS\",\"countedFrom\":\"ACCEPTED\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/feedback/rules/FEEDBACK/SETTLE").with(csrf())
			.with(user(as(Demo.ADMIN)))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"days\":30,\"counting\":\"CALENDAR_DAYS\",\"countedFrom\":\"ACCEPTED\",\"legalBasis\":\"Quy chế\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.days").value(30));
		mvc.perform(get("/feedback/topics").with(user(as(Demo.ADMIN))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("An toàn thông tin")));
	}
}
