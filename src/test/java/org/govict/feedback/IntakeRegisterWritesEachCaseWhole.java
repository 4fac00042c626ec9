package org.govict.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.govict.feedback.internal.Cases;
import org.govict.platform.web.ServiceUnavailableException;
import org.govict.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Cases that arrive together are written together, and still each is acknowledged only with everything it
 * comes with, committed: its step, its audit entry and its receipt mail. A bad case does not take the others of
 * its batch down, the same submission sent twice at once makes one case, and a tracking code that happens to be
 * taken is replaced.
 */
@IntegrationTest
class IntakeRegisterWritesEachCaseWhole {

	static final Locale VI = Locale.forLanguageTag("vi");

	@Autowired
	FeedbackDesk desk;

	@Autowired
	IntakeRegister register;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	long unit(String code) {
		return jdbc.sql("SELECT id FROM organisation_units WHERE code = ?").param(code).query(Long.class).single();
	}

	static Submission byEmail(String title, String email) {
		return new Submission(SenderType.INDIVIDUAL, "Trần Thị Gửi", email, "0905000111", null, null,
				CaseKind.FEEDBACK, null, title, "Nội dung phản ánh gửi qua thư điện tử: " + title, false, null);
	}

	/** Enters the submissions from as many threads at once, each signed in as the desk's officer. */
	List<Receipt> enterAtOnce(List<Submission> submissions) throws Exception {
		UserDetails officer = users.loadUserByUsername("tiepnhan.tttt");
		ExecutorService threads = Executors.newFixedThreadPool(submissions.size());
		try {
			List<Future<Receipt>> answers = new ArrayList<>();
			for (Submission submission : submissions) {
				answers.add(threads.submit(() -> {
					SecurityContextHolder.getContext()
						.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(officer, null,
								officer.getAuthorities()));
					try {
						return desk.enter(new Submission(submission.senderType(), submission.senderName(),
								submission.senderEmail(), submission.senderPhone(), null, null, submission.kind(), null,
								submission.title(), submission.content(), false, unit("BNV-TTTT")), List.of(),
								Channel.EMAIL, VI);
					}
					finally {
						SecurityContextHolder.clearContext();
					}
				}));
			}
			List<Receipt> receipts = new ArrayList<>();
			for (Future<Receipt> answer : answers) {
				receipts.add(answer.get());
			}
			return receipts;
		}
		finally {
			threads.shutdown();
		}
	}

	@Test
	void manyCasesAtOnceAreEachCommittedWithStepAuditEntryAndReceiptMail() throws Exception {
		String run = Long.toString(System.nanoTime(), 36);
		List<Submission> submissions = new ArrayList<>();
		for (int i = 0; i < 24; i++) {
			submissions.add(byEmail("Lô " + run + " số " + i, "gui." + run + "." + i + "@example.vn"));
		}
		List<Receipt> receipts = enterAtOnce(submissions);

		assertThat(receipts).allSatisfy(r -> assertThat(r.duplicate()).isFalse());
		assertThat(receipts).extracting(Receipt::trackingCode).doesNotHaveDuplicates();
		for (Receipt r : receipts) {
			assertThat(jdbc.sql("""
					SELECT (SELECT count(*) FROM feedback_cases c WHERE c.id = :id AND c.tracking_code = :code
					                                             AND c.channel = 'EMAIL' AND c.status = 'RECEIVED')
					     + (SELECT count(*) FROM feedback_case_steps s WHERE s.case_id = :id AND s.step = 'RECEIVED'
					                                                   AND s.actor = 'tiepnhan.tttt')
					     + (SELECT count(*) FROM audit_entries a WHERE a.record_type = 'FeedbackCase'
					                                             AND a.record_id = CAST(:id AS text)
					                                             AND a.action = 'CREATE' AND a.actor = 'tiepnhan.tttt')
					     + (SELECT count(*) FROM outgoing_mail m WHERE m.subject LIKE '%' || :code || '%')""")
				.param("id", r.caseId())
				.param("code", r.trackingCode())
				.query(Long.class)
				.single()).as("case, step, audit entry and mail of %s", r.trackingCode()).isEqualTo(4);
		}
	}

	@Test
	void theSameSubmissionSentTwiceAtOnceMakesOneCase() throws Exception {
		Submission twice = byEmail("Gửi hai lần " + System.nanoTime(), "hai.lan@example.vn");
		List<Receipt> receipts = enterAtOnce(List.of(twice, twice));

		assertThat(receipts).extracting(Receipt::trackingCode).containsOnly(receipts.get(0).trackingCode());
		assertThat(receipts).filteredOn(Receipt::duplicate).hasSize(1);
		assertThat(jdbc.sql("SELECT count(*) FROM feedback_cases WHERE title = ?").param(twice.title())
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aBadCaseFailsAloneAndATakenTrackingCodeIsReplaced() {
		String taken = jdbc.sql("SELECT tracking_code FROM feedback_cases ORDER BY id LIMIT 1").query(String.class)
			.optional()
			.orElseGet(() -> desk.submit(byEmail("Hồ sơ đầu tiên", "dau.tien@example.vn"), List.of(), VI).trackingCode());
		LocalDate today = FeedbackDesk.today();
		IntakeRegister.Entry good = entry(taken, "Mã trùng " + System.nanoTime(), unit("BNV-TTTT"), today);
		IntakeRegister.Entry bad = entry(CaseCodes.trackingCode(today), "Đơn vị không có " + System.nanoTime(), -1, today);

		register.writeBatch(List.of(good, bad));

		Receipt written = good.receipt().join();
		assertThat(written.trackingCode()).isNotEqualTo(taken).startsWith(taken.substring(0, 7));
		assertThat(jdbc.sql("SELECT title FROM feedback_cases WHERE tracking_code = ?").param(written.trackingCode())
			.query(String.class).single()).isEqualTo(good.newCase().title());
		assertThat(bad.receipt()).isCompletedExceptionally();
		assertThat(bad.receipt().handle((r, ex) -> ex).join()).isInstanceOf(ServiceUnavailableException.class);
		assertThat(jdbc.sql("SELECT count(*) FROM feedback_cases WHERE title = ?").param(bad.newCase().title())
			.query(Long.class).single()).isZero();
	}

	static IntakeRegister.Entry entry(String code, String title, long unitId, LocalDate today) {
		Submission form = byEmail(title, null);
		Cases.NewCase newCase = new Cases.NewCase(code, CaseCodes.secretHash("S"), CaseKind.FEEDBACK, null,
				Channel.PHONE, SenderType.INDIVIDUAL, form.senderName(), null, form.senderPhone(), null, null, "vi",
				title, form.content(), CaseCodes.contentHash(form), false, unitId, today, today.plusDays(5));
		return new IntakeRegister.Entry(newCase, "S", List.of(), "tiepnhan.tttt", "tiepnhan.tttt", "127.0.0.1",
				new CompletableFuture<>());
	}
}
