package org.govict.feedback;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.govict.feedback.internal.CaseSteps;
import org.govict.feedback.internal.Cases;
import org.govict.feedback.internal.Escalations;
import org.govict.feedback.internal.Escalations.DigestLine;
import org.govict.identity.StaffDirectory;
import org.govict.identity.StaffDirectory.StaffContact;
import org.govict.mail.Outbox;
import org.govict.organisation.Organisation;
import org.govict.organisation.OrganisationUnit;
import org.govict.platform.PlatformSettings;
import org.govict.platform.security.Roles;
import org.govict.platform.security.SystemAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Watches the deadlines every day. An overdue case is escalated once to the supervising unit (the parent of the unit
 * responsible for it; a top-level unit answers for itself): the step goes into the case's history and the audit
 * trail, and the supervising unit's feedback officers and leaders are written to. Unit heads get a digest of their
 * units' cases that are overdue, due soon or waiting for their approval. Each case is escalated in a transaction
 * of its own, so that one that fails does not hold back the others.
 */
@Component
class DeadlineWatch {

	static final String ACTOR = "system";

	private static final Logger log = LoggerFactory.getLogger(DeadlineWatch.class);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final Escalations escalations;

	private final Cases cases;

	private final CaseSteps steps;

	private final CaseLog caseLog;

	private final Organisation organisation;

	private final Outbox outbox;

	private final MessageSource messages;

	private final PlatformSettings platform;

	private final FeedbackSettings settings;

	private final TransactionTemplate transaction;

	private final StaffDirectory staff;

	DeadlineWatch(Escalations escalations, Cases cases, CaseSteps steps, CaseLog caseLog, Organisation organisation,
			Outbox outbox, MessageSource messages, PlatformSettings platform, FeedbackSettings settings,
			TransactionTemplate transaction, StaffDirectory staff) {
		this.escalations = escalations;
		this.staff = staff;
		this.cases = cases;
		this.steps = steps;
		this.caseLog = caseLog;
		this.organisation = organisation;
		this.outbox = outbox;
		this.messages = messages;
		this.platform = platform;
		this.settings = settings;
		this.transaction = transaction;
	}

	@Scheduled(cron = "${govict.feedback.escalate-cron:0 15 0 * * *}", zone = "Asia/Ho_Chi_Minh")
	@SchedulerLock(name = "feedback-escalate-overdue", lockAtMostFor = "PT30M")
	void escalateOverdueDaily() {
		int escalated = SystemAccess.call(() -> escalateOverdue(FeedbackDesk.today()));
		if (escalated > 0) {
			log.info("Escalated {} overdue feedback cases to their supervising units", escalated);
		}
	}

	@Scheduled(cron = "${govict.feedback.digest-cron:0 0 7 * * MON-FRI}", zone = "Asia/Ho_Chi_Minh")
	@SchedulerLock(name = "feedback-daily-digest", lockAtMostFor = "PT30M")
	void sendDigestsDaily() {
		int sent = SystemAccess.call(() -> sendDigests(FeedbackDesk.today()));
		log.info("Sent the feedback digest to {} unit heads", sent);
	}

	/** Escalates the cases overdue on {@code today} that were not escalated yet; returns how many. */
	int escalateOverdue(LocalDate today) {
		int count = 0;
		for (long id : escalations.newlyOverdue(today)) {
			Boolean done = transaction.execute(tx -> escalate(id));
			if (Boolean.TRUE.equals(done)) {
				count++;
			}
		}
		return count;
	}

	private boolean escalate(long id) {
		FeedbackCase c = cases.find(id).orElse(null);
		if (c == null) {
			return false;
		}
		OrganisationUnit responsible = organisation.findUnscoped(c.responsibleUnitId()).orElse(null);
		OrganisationUnit supervising = responsible == null || responsible.parentId() == null ? responsible
				: organisation.findUnscoped(responsible.parentId()).orElse(responsible);
		Long toUnitId = supervising == null ? null : supervising.id();
		if (!escalations.markEscalated(id, toUnitId)) {
			return false;
		}
		String unitName = supervising == null ? "" : supervising.nameVi();
		String note = messages.getMessage("feedback.escalation.note", new Object[] { unitName }, Locale.forLanguageTag("vi"));
		steps.insert(id, Step.ESCALATED, c.status(), c.status(), note, ACTOR);
		caseLog.announce(c, c, Step.ESCALATED, note, ACTOR);
		if (toUnitId != null) {
			for (StaffContact r : staff.holdingRoleIn(toUnitId, List.of(CaseHandling.OFFICER, Roles.LEADER))) {
				Locale locale = locale(r);
				String subject = messages.getMessage("feedback.escalation.subject",
						new Object[] { c.trackingCode() }, locale);
				String body = messages.getMessage("feedback.escalation.body",
						new Object[] { r.fullName(), c.trackingCode(), c.title(), supervising.name(locale),
								responsible.name(locale), date(c), platform.baseUrl() + "/feedback/cases/" + id },
						locale);
				outbox.send(r.email(), subject, body);
			}
		}
		return true;
	}

	/** Sends each unit head the digest of their unit's subtree when it has anything; returns how many were sent. */
	int sendDigests(LocalDate today) {
		LocalDate soon = today.plusDays(settings.dueSoonDays());
		int sent = 0;
		for (StaffContact head : staff.holdingRole(Roles.LEADER)) {
			List<DigestLine> lines = escalations.digest(head.unitPath(), today, soon);
			if (lines.isEmpty()) {
				continue;
			}
			Locale locale = locale(head);
			String body = messages.getMessage("feedback.digest.body",
					new Object[] { head.fullName(), DATE.format(today), section("overdue", lines, locale),
							section("soon", lines, locale), section("approval", lines, locale),
							platform.baseUrl() + "/feedback/cases" },
					locale);
			String subject = messages.getMessage("feedback.digest.subject",
					new Object[] { DATE.format(today), count(lines, "overdue"), count(lines, "soon"),
							count(lines, "approval") },
					locale);
			transaction.executeWithoutResult(tx -> outbox.send(head.email(), subject, body));
			sent++;
		}
		return sent;
	}

	private static long count(List<DigestLine> lines, String group) {
		return lines.stream().filter(l -> l.group().equals(group)).count();
	}

	private String section(String group, List<DigestLine> lines, Locale locale) {
		List<DigestLine> of = lines.stream().filter(l -> l.group().equals(group)).toList();
		String heading = messages.getMessage("feedback.digest." + group, new Object[] { of.size() }, locale);
		if (of.isEmpty()) {
			return heading + "\n" + messages.getMessage("feedback.digest.none", null, locale);
		}
		String escalated = messages.getMessage("feedback.escalated", null, locale);
		return heading + "\n" + of.stream()
			.map(l -> "- " + l.trackingCode() + " — " + l.title()
					+ (l.dueOn() == null ? "" : " (" + DATE.format(l.dueOn()) + ")")
					+ (l.escalated() ? " [" + escalated + "]" : ""))
			.collect(Collectors.joining("\n"));
	}

	private String date(FeedbackCase c) {
		LocalDate due = c.notifiedOn() == null && c.notifyDueOn() != null
				&& (c.dueOn() == null || c.notifyDueOn().isBefore(c.dueOn())) ? c.notifyDueOn() : c.dueOn();
		return due == null ? "" : DATE.format(due);
	}

	private static Locale locale(StaffContact r) {
		return Locale.forLanguageTag(r.language() == null ? "vi" : r.language());
	}
}
