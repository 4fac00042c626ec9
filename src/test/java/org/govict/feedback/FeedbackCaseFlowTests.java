package org.govict.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.govict.mail.Outbox;
import org.govict.platform.files.AttachmentsAreJudgedByTheirContent;
import org.govict.platform.web.InvalidInputException;
import org.govict.platform.web.NotFoundException;
import org.govict.platform.web.RuleViolationException;
import org.govict.support.Demo;
import org.govict.support.IntegrationTest;
import org.govict.support.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A case from the public form to the approved answer, against the real database: receipt with attachments in one
 * transaction, triage and assignment, the clock stopped while the desk waits for the sender, approval by a leader,
 * and the answer the sender reads with their code and secret.
 */
@IntegrationTest
class FeedbackCaseFlowTests {

	static final Locale VI = Locale.forLanguageTag("vi");

	@Autowired
	FeedbackDesk desk;

	@Autowired
	CaseHandling handling;

	@Autowired
	UserDetailsService users;

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcClient jdbc;

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

	static Submission complaint(String title, String email) {
		return new Submission(SenderType.INDIVIDUAL, "Nguyễn Văn Khiếu", email, "0905123456", "12 Lê Lợi, Hải Châu",
				"048090001234", CaseKind.COMPLAINT, "ONLINE_SERVICES", title,
				"Hồ sơ đăng ký của tôi trên cổng dịch vụ công bị từ chối mà không nêu lý do.", true, null);
	}

	@Test
	void aSubmissionIsCommittedWithItsAttachmentsHistoryAuditAndReceiptMail() throws Exception {
		Receipt receipt = desk.submit(complaint("Từ chối hồ sơ không lý do", "khieu.nai1@example.vn"),
				List.of(new Upload("don.pdf", AttachmentsAreJudgedByTheirContent.pdf())), VI);
		assertThat(receipt.duplicate()).isFalse();
		assertThat(receipt.trackingCode()).matches("\\d{6}-[2-9A-Z]{6}");
		assertThat(receipt.secret()).matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}");
		assertThat(receipt.dueOn()).isEqualTo(LocalDate.now(FeedbackDesk.VIETNAM).plusDays(10));

		assertThat(jdbc.sql("SELECT secret_hash FROM feedback_cases WHERE id = ?").param(receipt.caseId())
			.query(String.class).single()).doesNotContain(receipt.secret()).hasSize(64);
		assertThat(jdbc.sql("SELECT content_type FROM feedback_attachments WHERE case_id = ?").param(receipt.caseId())
			.query(String.class).list()).containsExactly("application/pdf");
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entries WHERE module = 'feedback' AND record_id = ?")
			.param(String.valueOf(receipt.caseId())).query(Long.class).single()).isEqualTo(1);
		assertThat(outbox.latest(0, 100)).anySatisfy(mail -> {
			assertThat(mail.recipient()).isEqualTo("khieu.nai1@example.vn");
			assertThat(mail.subject()).contains(receipt.trackingCode());
		});

		SenderView view = desk.status(receipt.trackingCode().toLowerCase(), receipt.secret()).orElseThrow();
		assertThat(view.status()).isEqualTo(CaseStatus.RECEIVED);
		assertThat(view.dueOn()).isEqualTo(receipt.dueOn());
		assertThat(desk.status(receipt.trackingCode(), "AAAA-BBBB-CCCC")).isEmpty();
	}

	@Test
	void theSameSubmissionSentAgainIsRecognisedAndNotStoredTwice() {
		Submission first = complaint("Gửi hai lần", null);
		Receipt receipt = desk.submit(first, List.of(), VI);
		Receipt again = desk.submit(complaint("Gửi   hai lần", null), List.of(), VI);
		assertThat(again.duplicate()).isTrue();
		assertThat(again.trackingCode()).isEqualTo(receipt.trackingCode());
		assertThat(again.secret()).isNull();
	}

	@Test
	void aComplaintNeedsTheSendersIdentityAndFilesAreJudgedByContent() {
		Submission anonymous = new Submission(SenderType.INDIVIDUAL, "Ai đó", null, "0905000000", null, null,
				CaseKind.COMPLAINT, null, "Khiếu nại", "Nội dung", false, null);
		assertThatThrownBy(() -> desk.submit(anonymous, List.of(new Upload("thu.pdf", "not a pdf".getBytes())), VI))
			.isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.getErrors()
				.getFieldErrors()
				.stream()
				.map(e -> e.getField() + ":" + e.getCode())).contains("senderIdNumber:feedback.error.personalId",
						"senderAddress:feedback.error.addressRequired", "attachments:feedback.error.fileType"));
	}

	@Test
	void triageAssignsAComplexComplaintAndTheSettlingClockStarts() {
		Receipt receipt = desk.submit(complaint("Phức tạp", "khieu.nai2@example.vn"), List.of(), VI);
		long id = receipt.caseId();
		long csdl = unit("BNV-TTTT-CSDL");
		long htat = unit("BNV-TTTT-HTAT");
		FeedbackCase assigned = as(Demo.MINISTRY_FEEDBACK_OFFICER, () -> {
			handling.classify(id, new Classification(CaseKind.COMPLAINT, "INFOSEC", true, false));
			return handling.assign(id, new Assignment(csdl, List.of(htat), "Xử lý trong tuần"));
		});
		LocalDate today = LocalDate.now(FeedbackDesk.VIETNAM);
		assertThat(assigned.status()).isEqualTo(CaseStatus.IN_PROGRESS);
		assertThat(assigned.topicCode()).isEqualTo("INFOSEC");
		assertThat(assigned.acceptedOn()).isEqualTo(today);
		assertThat(assigned.dueOn()).isEqualTo(today.plusDays(45));
		assertThat(assigned.coordinatingUnitIds()).containsExactly(htat);

		List<Step> history = as(Demo.MINISTRY_FEEDBACK_OFFICER, () -> handling.history(id)).stream().map(CaseStep::step).toList();
		assertThat(history).containsExactly(Step.RECEIVED, Step.CLASSIFIED, Step.ASSIGNED);
		assertThat(jdbc.sql("SELECT action FROM audit_entries WHERE module = 'feedback' AND record_id = ? ORDER BY id")
			.param(String.valueOf(id)).query(String.class).list()).contains("CREATE", "CLASSIFIED", "ASSIGNED");

		assertThatThrownBy(() -> as(Demo.DANANG_FEEDBACK_OFFICER, () -> handling.get(id)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> as(Demo.MINISTRY_STAFF, () -> handling.get(id)))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(as(Demo.DANANG_FEEDBACK_OFFICER, () -> handling.list(CaseQuery.all())).rows())
			.noneMatch(r -> r.id() == id);
	}

	@Test
	void theClockStopsWhileTheDeskWaitsForTheSenderAndResumesAfter() {
		Receipt receipt = desk.submit(complaint("Cần bổ sung", "khieu.nai3@example.vn"), List.of(), VI);
		long id = receipt.caseId();
		long csdl = unit("BNV-TTTT-CSDL");
		LocalDate today = LocalDate.now(FeedbackDesk.VIETNAM);
		FeedbackCase waiting = as(Demo.MINISTRY_FEEDBACK_OFFICER, () -> {
			handling.assign(id, new Assignment(csdl, List.of(), null));
			return handling.requestInformation(id, "Xin gửi bản chụp thông báo từ chối.");
		});
		assertThat(waiting.status()).isEqualTo(CaseStatus.WAITING_FOR_SENDER);
		assertThat(waiting.pausedSince()).isEqualTo(today);
		assertThat(waiting.isOverdue(today.plusYears(1))).isFalse();
		assertThat(desk.status(receipt.trackingCode(), receipt.secret()).orElseThrow().question())
			.isEqualTo("Xin gửi bản chụp thông báo từ chối.");

		// As if the case had been accepted 20 days ago and the desk had asked the sender 10 days ago.
		jdbc.sql("UPDATE feedback_cases SET accepted_on = ?, paused_since = ? WHERE id = ?")
			.params(today.minusDays(20), today.minusDays(10), id).update();
		jdbc.sql("UPDATE feedback_case_steps SET at = at - interval '10 days' WHERE case_id = ? AND step = 'INFO_REQUESTED'")
			.param(id).update();

		SenderView after = desk.addInformation(receipt.trackingCode(), receipt.secret(), "Đã gửi kèm bản chụp.",
				List.of());
		assertThat(after.status()).isEqualTo(CaseStatus.IN_PROGRESS);
		assertThat(after.clockStopped()).isFalse();
		assertThat(after.dueOn()).isEqualTo(today.minusDays(20).plusDays(30).plusDays(10));
		assertThatThrownBy(() -> desk.addInformation(receipt.trackingCode(), receipt.secret(), "Lần nữa", List.of()))
			.isInstanceOf(RuleViolationException.class);
	}

	@Test
	void aLeaderApprovesTheAnswerBeforeItIsSentAndTheSenderReadsIt() {
		Receipt receipt = desk.submit(complaint("Cần trả lời", "khieu.nai4@example.vn"), List.of(), VI);
		long id = receipt.caseId();
		long csdl = unit("BNV-TTTT-CSDL");
		as(Demo.MINISTRY_FEEDBACK_OFFICER, () -> {
			handling.assign(id, new Assignment(csdl, List.of(), null));
			handling.recordWork(id, "Đã kiểm tra hệ thống.");
			return handling.draftAnswer(id, "Hồ sơ của ông được xử lý lại và đã được chấp nhận.");
		});
		assertThatThrownBy(() -> as(Demo.MINISTRY_FEEDBACK_OFFICER, () -> handling.approve(id, null)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as(Demo.MINISTRY_FEEDBACK_OFFICER, () -> handling.sendAnswer(id)))
			.isInstanceOf(RuleViolationException.class);
		assertThat(desk.status(receipt.trackingCode(), receipt.secret()).orElseThrow().answer()).isNull();

		FeedbackCase approved = as(Demo.MINISTRY_LEADER, () -> handling.approve(id, "Đồng ý"));
		assertThat(approved.status()).isEqualTo(CaseStatus.APPROVED);
		assertThat(approved.answerApprovedBy()).isEqualTo(Demo.MINISTRY_LEADER);

		as(Demo.MINISTRY_FEEDBACK_OFFICER, () -> handling.sendAnswer(id));
		SenderView view = desk.status(receipt.trackingCode(), receipt.secret()).orElseThrow();
		assertThat(view.status()).isEqualTo(CaseStatus.ANSWERED);
		assertThat(view.answer()).isEqualTo("Hồ sơ của ông được xử lý lại và đã được chấp nhận.");
		assertThat(outbox.latest(0, 100)).anySatisfy(mail -> {
			assertThat(mail.recipient()).isEqualTo("khieu.nai4@example.vn");
			assertThat(mail.body()).contains("Hồ sơ của ông được xử lý lại");
		});

		FeedbackCase closed = as(Demo.MINISTRY_FEEDBACK_OFFICER, () -> handling.close(id, null));
		assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
		FeedbackCase reopened = as(Demo.MINISTRY_FEEDBACK_OFFICER, () -> handling.reopen(id, "Người gửi hỏi thêm."));
		assertThat(reopened.status()).isEqualTo(CaseStatus.IN_PROGRESS);
	}

	@Test
	void aDenunciationIsExtendedTwiceAtMost() {
		Submission denunciation = new Submission(SenderType.ENTERPRISE, "Công ty TNHH Minh Bạch", null, "0236123456",
				"1 Bạch Đằng, Đà Nẵng", "0401234567", CaseKind.DENUNCIATION, "ICT_ENTERPRISES", "Tố cáo vi phạm",
				"Doanh nghiệp X cung cấp dịch vụ không phép.", false, unit("DNG-SKHCN"));
		Receipt receipt = desk.submit(denunciation, List.of(), VI);
		long id = receipt.caseId();
		long it = unit("DNG-SKHCN-CNTT");
		LocalDate today = LocalDate.now(FeedbackDesk.VIETNAM);
		FeedbackCase twice = as(Demo.DANANG_FEEDBACK_OFFICER, () -> {
			FeedbackCase assigned = handling.assign(id, new Assignment(it, List.of(), null));
			assertThat(assigned.notifyDueOn()).isAfter(today.plusDays(4));
			handling.extend(id, "Cần xác minh thêm");
			return handling.extend(id, "Vụ việc đặc biệt phức tạp");
		});
		assertThat(twice.dueOn()).isEqualTo(today.plusDays(90));
		assertThatThrownBy(() -> as(Demo.DANANG_FEEDBACK_OFFICER, () -> handling.extend(id, "Lần ba")))
			.isInstanceOfSatisfying(RuleViolationException.class,
					refused -> assertThat(refused.getMessageKey()).isEqualTo("feedback.extend.noMore"));
	}

	@Test
	void aDenunciationWhosePartiesAreNotNotifiedInTimeIsOverdueUntilTheyAre() {
		Submission denunciation = new Submission(SenderType.INDIVIDUAL, "Lý Văn Tố", null, "0236999888",
				"8 Bạch Đằng, Đà Nẵng", "048090005555", CaseKind.DENUNCIATION, null, "Tố cáo chậm thông báo",
				"Cán bộ X nhận tiền khi cấp phép.", false, unit("DNG-SKHCN"));
		Receipt receipt = desk.submit(denunciation, List.of(), VI);
		long id = receipt.caseId();
		as(Demo.DANANG_FEEDBACK_OFFICER, () -> handling.assign(id, new Assignment(unit("DNG-SKHCN-CNTT"), List.of(), null)));
		jdbc.sql("UPDATE feedback_cases SET notify_due_on = current_date - 1 WHERE id = ?").param(id).update();
		CaseQuery overdue = new CaseQuery(null, null, null, null, "overdue", null, 0);
		assertThat(as(Demo.DANANG_FEEDBACK_OFFICER, () -> handling.list(overdue)).rows()).anyMatch(r -> r.id() == id);
		FeedbackCase late = as(Demo.DANANG_FEEDBACK_OFFICER, () -> handling.get(id));
		assertThat(late.isOverdue(LocalDate.now(FeedbackDesk.VIETNAM))).isTrue();
		assertThat(as(Demo.DANANG_FEEDBACK_OFFICER, () -> handling.possibleSteps(late))).contains(Step.PARTIES_NOTIFIED);

		FeedbackCase notified = as(Demo.DANANG_FEEDBACK_OFFICER,
				() -> handling.notifyParties(id, "Thông báo số 5/TB-SKHCN gửi người tố cáo và người bị tố cáo."));
		assertThat(notified.notifiedOn()).isEqualTo(LocalDate.now(FeedbackDesk.VIETNAM));
		assertThat(notified.isOverdue(LocalDate.now(FeedbackDesk.VIETNAM))).isFalse();
		assertThat(as(Demo.DANANG_FEEDBACK_OFFICER, () -> handling.list(overdue)).rows()).noneMatch(r -> r.id() == id);
		assertThatThrownBy(() -> as(Demo.DANANG_FEEDBACK_OFFICER, () -> handling.notifyParties(id, "Lần nữa")))
			.isInstanceOf(RuleViolationException.class);
	}

	@Test
	void staffEnterWhatCameOnPaperAndTriageRejectsOrMarksSpam() {
		long desk1 = unit("BNV-TTTT");
		Submission paper = new Submission(SenderType.INDIVIDUAL, "Trần Thị Giấy", null, "0912000111", null, null,
				CaseKind.FEEDBACK, null, "Đơn giấy", "Đề nghị cải thiện tốc độ cổng thông tin.", false, desk1);
		Receipt entered = as(Demo.MINISTRY_FEEDBACK_OFFICER, () -> desk.enter(paper, List.of(), Channel.PAPER, VI));
		FeedbackCase c = as(Demo.MINISTRY_FEEDBACK_OFFICER, () -> handling.get(entered.caseId()));
		assertThat(c.channel()).isEqualTo(Channel.PAPER);
		assertThat(c.dueOn()).isNotNull();
		FeedbackCase rejected = as(Demo.MINISTRY_FEEDBACK_OFFICER,
				() -> handling.reject(entered.caseId(), "Không thuộc thẩm quyền và không rõ nội dung."));
		assertThat(rejected.status()).isEqualTo(CaseStatus.REJECTED);
		assertThat(desk.status(entered.trackingCode(), entered.secret()).orElseThrow().steps())
			.anySatisfy(s -> assertThat(s.note()).isEqualTo("Không thuộc thẩm quyền và không rõ nội dung."));
		assertThatThrownBy(() -> as(Demo.MINISTRY_STAFF, () -> desk.enter(paper, List.of(), Channel.PAPER, VI)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Autowired
	PublishedAnswers published;

	@Test
	void anAnswerTheSenderAgreedToPublishIsListedWithoutPersonalDataAndFoundWithoutDiacritics() {
		Submission consenting = new Submission(SenderType.INDIVIDUAL, "Vũ Thị Công Khai", "cong.khai@example.vn",
				"0905111222", "3 Trần Phú, Đà Nẵng", "048190007777", CaseKind.COMPLAINT, "ONLINE_SERVICES",
				"Chậm cấp phép xây trạm BTS",
				"Tôi là Vũ Thị Công Khai, số điện thoại 0905111222, chờ cấp phép đã hai tháng.", true, null);
		Receipt receipt = desk.submit(consenting, List.of(), VI);
		Submission secret = new Submission(SenderType.INDIVIDUAL, "Người Không Đồng Ý", null, "0905333444",
				"4 Trần Phú", "048190008888", CaseKind.COMPLAINT, null, "Chậm cấp phép riêng tư", "Không công khai.",
				false, null);
		Receipt hidden = desk.submit(secret, List.of(), VI);
		long csdl = unit("BNV-TTTT-CSDL");
		for (Receipt r : List.of(receipt, hidden)) {
			as(Demo.MINISTRY_FEEDBACK_OFFICER, () -> {
				handling.assign(r.caseId(), new Assignment(csdl, List.of(), null));
				return handling.draftAnswer(r.caseId(), "Đã cấp phép cho bà Vũ Thị Công Khai ngày 20/11.");
			});
			as(Demo.MINISTRY_LEADER, () -> handling.approve(r.caseId(), null));
			as(Demo.MINISTRY_FEEDBACK_OFFICER, () -> handling.sendAnswer(r.caseId()));
		}

		PublishedAnswers.Page found = published.search("cham cap phep", 0);
		assertThat(found.answers()).extracting(PublishedAnswer::trackingCode)
			.contains(receipt.trackingCode())
			.doesNotContain(hidden.trackingCode());
		PublishedAnswer answer = found.answers()
			.stream()
			.filter(a -> a.trackingCode().equals(receipt.trackingCode()))
			.findFirst()
			.orElseThrow();
		assertThat(answer.content()).isEqualTo("Tôi là […], số điện thoại […], chờ cấp phép đã hai tháng.");
		assertThat(answer.answer()).isEqualTo("Đã cấp phép cho bà […] ngày 20/11.");
		assertThat(published.search("Cong Khai", 0).answers()).extracting(PublishedAnswer::trackingCode)
			.doesNotContain(receipt.trackingCode());
	}
}
