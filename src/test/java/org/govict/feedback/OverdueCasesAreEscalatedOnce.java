package org.govict.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.govict.support.Demo;
import org.govict.support.IntegrationTest;
import org.govict.support.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The daily watch on the deadlines against the real database: a case whose deadline passed is escalated to the
 * parent of its handling unit exactly once, with the step in its history, on the audit trail and in the outbox of
 * the supervising unit's leaders; unit heads get a digest listing it.
 */
@IntegrationTest
@AutoConfigureMockMvc
class OverdueCasesAreEscalatedOnce {

	@Autowired
	FeedbackDesk desk;

	@Autowired
	CaseHandling handling;

	@Autowired
	DeadlineWatch watch;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	<T> T as(String username, Supplier<T> work) {
		return SignedIn.as(users, username, work);
	}

	long unit(String code) {
		return jdbc.sql("SELECT id FROM organisation_units WHERE code = ?").param(code).query(Long.class).single();
	}

	String leaderAddress() {
		jdbc.sql("UPDATE users SET email = 'lanhdao.tttt@example.vn' WHERE username = ? AND (email IS NULL OR email = '')")
			.param(Demo.MINISTRY_LEADER)
			.update();
		return jdbc.sql("SELECT email FROM users WHERE username = ?").param(Demo.MINISTRY_LEADER).query(String.class).single();
	}

	long mails(String recipient, String text) {
		return jdbc.sql("SELECT count(*) FROM outgoing_mail WHERE recipient = ? AND (subject LIKE ? OR body LIKE ?)")
			.params(recipient, "%" + text + "%", "%" + text + "%")
			.query(Long.class)
			.single();
	}

	long overdueCase(String title) {
		Submission complaint = new Submission(SenderType.INDIVIDUAL, "Trương Văn Hạn", null, "0905000111",
				"3 Trần Phú, Hải Châu", "048090009876", CaseKind.COMPLAINT, "ONLINE_SERVICES", title,
				"Hồ sơ cấp phép của tôi đã quá hạn mà chưa có kết quả.", false, null);
		long id = desk.submit(complaint, List.of(), Locale.forLanguageTag("vi")).caseId();
		long csdl = unit("BNV-TTTT-CSDL");
		as(Demo.MINISTRY_FEEDBACK_OFFICER, () -> handling.assign(id, new Assignment(csdl, List.of(), null)));
		// The case was accepted 40 days ago: its 30 days to settle ran out ten days ago.
		LocalDate accepted = FeedbackDesk.today().minusDays(40);
		jdbc.sql("UPDATE feedback_cases SET received_on = ?, accepted_on = ?, due_on = ? WHERE id = ?")
			.params(accepted.minusDays(2), accepted, accepted.plusDays(30), id)
			.update();
		return id;
	}

	@Test
	void anOverdueCaseIsEscalatedToTheParentOfItsHandlingUnitOnce() throws Exception {
		String leader = leaderAddress();
		long id = overdueCase("Quá hạn cần báo cáo cấp trên");
		String code = jdbc.sql("SELECT tracking_code FROM feedback_cases WHERE id = ?").param(id).query(String.class).single();
		LocalDate today = FeedbackDesk.today();

		assertThat(watch.escalateOverdue(today)).isGreaterThanOrEqualTo(1);
		watch.escalateOverdue(today);
		watch.escalateOverdue(today.plusDays(1));

		assertThat(jdbc.sql("SELECT escalated_to_unit_id FROM feedback_cases WHERE id = ?").param(id).query(Long.class).single())
			.isEqualTo(unit("BNV-TTTT"));
		assertThat(jdbc.sql("SELECT count(*) FROM feedback_case_steps WHERE case_id = ? AND step = 'ESCALATED'")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entries WHERE module = 'feedback' AND action = 'ESCALATED' AND record_id = ?")
			.param(String.valueOf(id))
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(mails(leader, code)).isEqualTo(1);
		assertThat(jdbc.sql("SELECT subject FROM outgoing_mail WHERE recipient = ? AND subject LIKE ?")
			.params(leader, "%" + code + "%")
			.query(String.class)
			.single()).contains("quá hạn");

		CasePage escalated = as(Demo.MINISTRY_FEEDBACK_OFFICER,
				() -> handling.list(new CaseQuery(null, null, null, null, "escalated", code, 0)));
		assertThat(escalated.rows()).singleElement().satisfies(row -> assertThat(row.escalated()).isTrue());

		UserDetails leaderAccount = users.loadUserByUsername(Demo.MINISTRY_LEADER);
		String page = mvc.perform(get("/feedback/cases/{id}", id).param("lang", "vi").with(user(leaderAccount)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"case-escalated\"").contains("Đã báo cáo cấp trên: Trung tâm Thông tin");
		String list = mvc.perform(get("/feedback/cases").param("due", "escalated").param("lang", "vi").with(user(leaderAccount)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains(code);
	}

	@Test
	void aCaseNotYetDueIsNotEscalated() {
		Submission feedback = new Submission(SenderType.INDIVIDUAL, "Lý Thị Đúng Hạn", null, "0905000222", null, null,
				CaseKind.FEEDBACK, "TELECOM", "Còn trong hạn", "Sóng điện thoại yếu ở khu dân cư.", false, null);
		long id = desk.submit(feedback, List.of(), Locale.forLanguageTag("vi")).caseId();

		watch.escalateOverdue(FeedbackDesk.today());

		assertThat(jdbc.sql("SELECT escalated_at IS NULL FROM feedback_cases WHERE id = ?").param(id).query(Boolean.class).single())
			.isTrue();
	}

	@Test
	void unitHeadsGetADigestOfOverdueAndDueSoonCases() {
		String leader = leaderAddress();
		long overdue = overdueCase("Quá hạn trong bản tổng hợp");
		String overdueCode = jdbc.sql("SELECT tracking_code FROM feedback_cases WHERE id = ?").param(overdue).query(String.class).single();
		long soon = overdueCase("Sắp đến hạn trong bản tổng hợp");
		jdbc.sql("UPDATE feedback_cases SET due_on = ? WHERE id = ?").params(FeedbackDesk.today().plusDays(2), soon).update();
		String soonCode = jdbc.sql("SELECT tracking_code FROM feedback_cases WHERE id = ?").param(soon).query(String.class).single();

		assertThat(watch.sendDigests(FeedbackDesk.today())).isGreaterThanOrEqualTo(1);

		String body = jdbc.sql("""
				SELECT body FROM outgoing_mail WHERE recipient = ? AND subject LIKE 'Tổng hợp hồ sơ phản ánh%'
				 ORDER BY id DESC LIMIT 1""")
			.param(leader)
			.query(String.class)
			.single();
		int overdueSection = body.indexOf("Quá hạn (");
		int soonSection = body.indexOf("Sắp đến hạn (");
		assertThat(overdueSection).isNotNegative();
		assertThat(body.indexOf(overdueCode)).isBetween(overdueSection, soonSection);
		assertThat(body.indexOf(soonCode)).isGreaterThan(soonSection);
	}
}
