package org.govict.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.govict.inventory.Asset;
import org.govict.inventory.AssetForm;
import org.govict.inventory.AssetKind;
import org.govict.inventory.Inventory;
import org.govict.platform.security.SystemAccess;
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
 * Tickets against the real database: a staff member's broken printer from opening to the requester's rating, a
 * software install that waits for the unit leader, the watch's resumption and escalation, and who sees what.
 */
@IntegrationTest
class TicketFlowTests {

	@Autowired
	Helpdesk helpdesk;

	@Autowired
	ServiceDeskSetup setup;

	@Autowired
	Inventory inventory;

	@Autowired
	UserDetailsService users;

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

	long user(String username) {
		return jdbc.sql("SELECT id FROM users WHERE username = ?").param(username).query(Long.class).single();
	}

	List<String> mailsTo(String username, long ticketId) {
		return jdbc.sql("SELECT subject FROM outgoing_mail WHERE recipient = ? AND subject ~ ? ORDER BY id")
			// The ticket's mails name it as "số <id>"; other mails (a feedback digest's date) may hold the number too.
			.params(username + "@demo.govict.vn", "[Ss]ố " + ticketId + "\\M")
			.query(String.class)
			.list();
	}

	static TicketForm printerBroken(String title, Long assetId) {
		return new TicketForm(TicketType.INCIDENT, title, "Máy in báo kẹt giấy liên tục, không in được công văn.",
				null, Level.HIGH, Level.HIGH, assetId);
	}

	@Test
	void aBrokenPrinterFromOpeningToTheRequestersRating() {
		Asset printer = as(Demo.MINISTRY_TECHNICIAN, () -> inventory.register(new AssetForm(AssetKind.PRINTER,
				"Máy in phòng 201", "HD-IN-201", "SN-HD-201", "Canon", "LBP 2900", unit("BNV-TTTT-CSDL"), "Phòng 201",
				null, null, LocalDate.of(2023, 1, 5), null, null, Map.of(), null)));
		Ticket opened = as(Demo.MINISTRY_STAFF, () -> helpdesk.open(printerBroken("Máy in phòng 201 hỏng", null)));
		long id = opened.id();
		assertThat(opened.status()).isEqualTo(TicketStatus.NEW);
		assertThat(opened.priority()).isEqualTo(Level.HIGH);
		assertThat(opened.resolutionDueAt()).isAfter(opened.responseDueAt());
		assertThat(mailsTo(Demo.MINISTRY_STAFF, id)).hasSize(1);

		Ticket taken = as(Demo.MINISTRY_TECHNICIAN, () -> helpdesk.take(id));
		assertThat(taken.status()).isEqualTo(TicketStatus.ASSIGNED);
		assertThat(taken.respondedAt()).isNotNull();
		as(Demo.MINISTRY_TECHNICIAN, () -> helpdesk.linkAsset(id, printer.id()));
		as(Demo.MINISTRY_TECHNICIAN, () -> helpdesk.start(id));
		as(Demo.MINISTRY_TECHNICIAN, () -> helpdesk.followUp(id, "Hộp mực cũ, cần kiểm tra thêm.", true));

		Ticket waiting = as(Demo.MINISTRY_TECHNICIAN,
				() -> helpdesk.waitFor(id, "Anh cho biết máy in báo lỗi mã gì?", null));
		assertThat(waiting.status()).isEqualTo(TicketStatus.WAITING);
		assertThat(waiting.pausedSince()).isNotNull();
		// Half a working day went by while the ticket waited: its target moves by as much.
		Instant pausedAt = waiting.pausedSince().minus(1, ChronoUnit.DAYS);
		jdbc.sql("UPDATE helpdesk_tickets SET paused_since = ? WHERE id = ?")
			.params(java.sql.Timestamp.from(pausedAt), id)
			.update();
		long stood = helpdesk.clock().between(pausedAt, helpdesk.now());

		Ticket resumed = as(Demo.MINISTRY_STAFF, () -> helpdesk.followUp(id, "Máy báo lỗi E-000.", false));
		assertThat(resumed.status()).isEqualTo(TicketStatus.IN_PROGRESS);
		assertThat(resumed.pausedSince()).isNull();
		assertThat(resumed.pausedMinutes()).isBetween(stood, stood + 1);
		assertThat(resumed.resolutionDueAt()).isBetween(helpdesk.clock().add(waiting.resolutionDueAt(), stood),
				helpdesk.clock().add(waiting.resolutionDueAt(), stood + 1));

		Ticket resolved = as(Demo.MINISTRY_TECHNICIAN, () -> helpdesk.resolve(id, "Thay bộ sấy, vệ sinh trục kéo giấy."));
		assertThat(resolved.status()).isEqualTo(TicketStatus.RESOLVED);
		assertThat(mailsTo(Demo.MINISTRY_STAFF, id)).anyMatch(s -> s.contains("giải quyết"));

		// The requester sees the public steps, not the technician's private note.
		List<TicketStep> seen = as(Demo.MINISTRY_STAFF, () -> helpdesk.steps(id));
		assertThat(seen).extracting(TicketStep::action)
			.containsSubsequence(TicketStep.OPENED, TicketStep.ASSIGNED, TicketStep.ASSET_LINKED, TicketStep.STARTED,
					TicketStep.WAITING, TicketStep.RESUMED, TicketStep.RESOLVED)
			.doesNotContain(TicketStep.FOLLOW_UP);
		assertThat(as(Demo.MINISTRY_TECHNICIAN, () -> helpdesk.steps(id))).extracting(TicketStep::action)
			.contains(TicketStep.FOLLOW_UP);
		assertThat(as(Demo.MINISTRY_STAFF, () -> helpdesk.assets(id))).extracting(Asset::id).containsExactly(printer.id());

		Ticket closed = as(Demo.MINISTRY_STAFF, () -> helpdesk.close(id));
		assertThat(closed.status()).isEqualTo(TicketStatus.CLOSED);
		String body = jdbc.sql("SELECT body FROM outgoing_mail WHERE recipient = ? AND subject ~ ? ORDER BY id DESC LIMIT 1")
			.params(Demo.MINISTRY_STAFF + "@demo.govict.vn", "\\m" + id + "\\M")
			.query(String.class)
			.single();
		String token = body.substring(body.indexOf("/helpdesk/survey/") + "/helpdesk/survey/".length()).strip();

		assertThat(helpdesk.surveyTicket("not-a-token")).isEmpty();
		Ticket rated = helpdesk.rate(token, 5, "Nhanh, chu đáo");
		assertThat(rated.rating()).isEqualTo(5);
		assertThatThrownBy(() -> helpdesk.rate(token, 1, null)).isInstanceOf(RuleViolationException.class);

		long audited = jdbc.sql("SELECT count(*) FROM audit_entries WHERE module = 'helpdesk' AND record_id = ?")
			.param(String.valueOf(id))
			.query(Long.class)
			.single();
		assertThat(audited).isGreaterThanOrEqualTo(9);
	}

	@Test
	void aTechnicianWhoAskedForHelpCannotRateIt() {
		Ticket own = as(Demo.MINISTRY_TECHNICIAN, () -> helpdesk.open(printerBroken("Chuột máy kỹ thuật hỏng", null)));
		as(Demo.MINISTRY_TECHNICIAN, () -> helpdesk.resolve(own.id(), "Thay chuột."));
		Ticket closed = as(Demo.MINISTRY_TECHNICIAN, () -> helpdesk.close(own.id()));
		assertThat(closed.status()).isEqualTo(TicketStatus.CLOSED);
		assertThat(jdbc.sql("SELECT survey_token_hash IS NULL FROM helpdesk_tickets WHERE id = ?")
			.param(own.id())
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void aSoftwareInstallWaitsForTheUnitLeader() {
		Ticket asked = as(Demo.MINISTRY_STAFF, () -> helpdesk.open(new TicketForm(TicketType.SOFTWARE_INSTALL,
				"Cài phần mềm ký số", "Cần cài phần mềm ký số VGCA để ký văn bản.", null, Level.MEDIUM, Level.LOW,
				null)));
		assertThat(asked.approval()).isEqualTo(Approval.PENDING);
		assertThat(mailsTo(Demo.MINISTRY_LEADER, asked.id())).hasSize(1);
		assertThatThrownBy(() -> as(Demo.MINISTRY_TECHNICIAN, () -> helpdesk.take(asked.id())))
			.isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> as(Demo.MINISTRY_TECHNICIAN, () -> helpdesk.decide(asked.id(), true, null)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as(Demo.DANANG_STAFF, () -> helpdesk.decide(asked.id(), true, null)))
			.isInstanceOf(NotFoundException.class);

		Ticket approved = as(Demo.MINISTRY_LEADER, () -> helpdesk.decide(asked.id(), true, "Đồng ý"));
		assertThat(approved.approval()).isEqualTo(Approval.APPROVED);
		assertThat(as(Demo.MINISTRY_TECHNICIAN, () -> helpdesk.take(asked.id())).status())
			.isEqualTo(TicketStatus.ASSIGNED);

		Ticket refused = as(Demo.MINISTRY_STAFF, () -> helpdesk.open(new TicketForm(TicketType.SOFTWARE_INSTALL,
				"Cài trò chơi", "Cài trò chơi giải trí.", null, Level.LOW, Level.LOW, null)));
		Ticket closed = as(Demo.MINISTRY_LEADER, () -> helpdesk.decide(refused.id(), false, "Không phục vụ công việc"));
		assertThat(closed.status()).isEqualTo(TicketStatus.CLOSED);
		assertThat(closed.approval()).isEqualTo(Approval.REJECTED);
	}

	@Test
	void staffSeeTheirOwnTicketsAndTechniciansTheirScopeAndGroups() {
		Ticket ministry = as(Demo.MINISTRY_STAFF, () -> helpdesk.open(printerBroken("Màn hình nhấp nháy", null)));
		Ticket danang = as(Demo.DANANG_STAFF, () -> helpdesk.open(printerBroken("Mất mạng tầng 2 Đà Nẵng", null)));

		assertThat(as(Demo.MINISTRY_STAFF, () -> helpdesk.find(danang.id()))).isEmpty();
		assertThat(as(Demo.DANANG_STAFF, () -> helpdesk.find(ministry.id()))).isEmpty();
		assertThat(as(Demo.MINISTRY_STAFF, () -> helpdesk.list(TicketQuery.all())).rows())
			.allMatch(t -> t.requesterId() == user(Demo.MINISTRY_STAFF));
		// The Information Center's technician sees its tickets, not Da Nang's ...
		assertThat(as(Demo.MINISTRY_TECHNICIAN, () -> helpdesk.find(ministry.id()))).isPresent();
		assertThat(as(Demo.MINISTRY_TECHNICIAN, () -> helpdesk.find(danang.id()))).isEmpty();
		assertThatThrownBy(() -> as(Demo.MINISTRY_TECHNICIAN, () -> helpdesk.take(danang.id())))
			.isInstanceOf(NotFoundException.class);
		// ... until a Da Nang ticket is routed to a group they belong to.
		AssignmentGroup group = as(Demo.ADMIN, () -> setup.addGroup("Nhóm hỗ trợ liên vùng " + danang.id(),
				unit("DNG-SKHCN"), List.of(user(Demo.MINISTRY_TECHNICIAN))));
		as(Demo.ADMIN, () -> helpdesk.assign(danang.id(), group.id(), null));
		assertThat(as(Demo.MINISTRY_TECHNICIAN, () -> helpdesk.find(danang.id()))).isPresent();
		TicketQuery search = new TicketQuery(null, group.id(), null, false, true, false, true, "mat mang", 0);
		assertThat(as(Demo.MINISTRY_TECHNICIAN, () -> helpdesk.list(search)).rows()).extracting(Ticket::id)
			.containsExactly(danang.id());
		assertThatThrownBy(() -> as(Demo.ADMIN, () -> setup.addGroup("Nhóm sai", unit("DNG-SKHCN"),
				List.of(user(Demo.DANANG_STAFF))))).isInstanceOf(RuleViolationException.class);
	}

	@Test
	void theWatchResumesTicketsWhoseWaitIsOverAndEscalatesUntakenOnes() {
		Ticket t = as(Demo.MINISTRY_STAFF, () -> helpdesk.open(printerBroken("Máy chiếu phòng họp không lên hình", null)));
		as(Demo.MINISTRY_TECHNICIAN, () -> helpdesk.take(t.id()));
		as(Demo.MINISTRY_TECHNICIAN, () -> helpdesk.waitFor(t.id(), "Chờ linh kiện thay thế",
				helpdesk.now().plus(2, ChronoUnit.DAYS)));
		jdbc.sql("UPDATE helpdesk_tickets SET waiting_until = now() - interval '1 minute' WHERE id = ?")
			.param(t.id())
			.update();
		SystemAccess.call(helpdesk::resumeDue);
		assertThat(as(Demo.MINISTRY_TECHNICIAN, () -> helpdesk.get(t.id())).status())
			.isEqualTo(TicketStatus.IN_PROGRESS);

		Ticket untaken = as(Demo.MINISTRY_STAFF, () -> helpdesk.open(printerBroken("Không đăng nhập được thư", null)));
		jdbc.sql("UPDATE helpdesk_tickets SET response_due_at = now() - interval '1 minute' WHERE id = ?")
			.param(untaken.id())
			.update();
		int escalated = SystemAccess.call(helpdesk::escalateUntaken);
		assertThat(escalated).isGreaterThanOrEqualTo(1);
		assertThat(mailsTo(Demo.MINISTRY_TECHNICIAN, untaken.id())).anyMatch(s -> s.contains("quá hạn"));
		assertThat(mailsTo(Demo.MINISTRY_LEADER, untaken.id())).isNotEmpty();
		assertThat(SystemAccess.call(helpdesk::escalateUntaken)).isZero();
	}
}
