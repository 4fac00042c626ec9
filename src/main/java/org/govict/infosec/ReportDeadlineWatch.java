package org.govict.infosec;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.govict.identity.StaffDirectory;
import org.govict.identity.StaffDirectory.StaffContact;
import org.govict.mail.Outbox;
import org.govict.organisation.Organisation;
import org.govict.platform.PlatformSettings;
import org.govict.platform.security.Roles;
import org.govict.platform.security.SystemAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Warns, once per incident and deadline, the security officers and leaders of the incident's unit and the units
 * above it when the initial notification of a serious incident falls due within
 * {@link InfosecSettings#incidentNoticeWarning()}, or its report within {@link InfosecSettings#incidentReportWarning()},
 * and it has not been sent. The mail names the authority of the incident's legal basis.
 */
@Component
class ReportDeadlineWatch {

	private static final Logger log = LoggerFactory.getLogger(ReportDeadlineWatch.class);

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
		.withZone(Incidents.ZONE);

	/** One deadline of an incident: the columns it is kept in and the mails about it. */
	private record Deadline(String dueColumn, String sentColumn, String warnedColumn, String subjectKey,
			String dueKey, String overdueKey) {
	}

	private static final Deadline NOTICE = new Deadline("notice_due", "noticed_at", "notice_warned_at",
			"infosec.mail.noticeSubject", "infosec.mail.noticeDue", "infosec.mail.noticeOverdue");

	private static final Deadline REPORT = new Deadline("report_due", "reported_at", "report_warned_at",
			"infosec.mail.subject", "infosec.mail.due", "infosec.mail.overdue");

	private final JdbcClient jdbc;

	private final Organisation organisation;

	private final StaffDirectory staff;

	private final Outbox outbox;

	private final MessageSource messages;

	private final InfosecSettings settings;

	private final PlatformSettings platform;

	ReportDeadlineWatch(JdbcClient jdbc, Organisation organisation, StaffDirectory staff, Outbox outbox,
			MessageSource messages, InfosecSettings settings, PlatformSettings platform) {
		this.platform = platform;
		this.jdbc = jdbc;
		this.organisation = organisation;
		this.staff = staff;
		this.outbox = outbox;
		this.messages = messages;
		this.settings = settings;
	}

	@Scheduled(cron = "${govict.infosec.report-watch-cron:0 */15 * * * *}", zone = "Asia/Ho_Chi_Minh")
	@SchedulerLock(name = "infosec-report-deadline", lockAtMostFor = "PT10M")
	void warnEveryQuarterHour() {
		int warned = SystemAccess.call(() -> warn(Instant.now()));
		if (warned > 0) {
			log.info("Warned about {} incident notifications and reports falling due", warned);
		}
	}

	private record Due(long id, long unitId, String title, Instant due, LegalBasis basis) {
	}

	/** Writes about the open incidents whose notification or report falls due soon and is not sent; returns how many. */
	@Transactional
	int warn(Instant now) {
		return warn(NOTICE, now.plus(settings.incidentNoticeWarning()), now)
				+ warn(REPORT, now.plus(settings.incidentReportWarning()), now);
	}

	private int warn(Deadline deadline, Instant horizon, Instant now) {
		// The column names are the constants above, never input.
		List<Due> due = jdbc.sql("""
				SELECT id, owner_unit_id, title, %1$s, legal_basis FROM infosec_incidents
				WHERE %2$s IS NULL AND %3$s IS NULL AND stage <> 'CLOSED' AND %1$s <= ?
				ORDER BY %1$s FOR UPDATE SKIP LOCKED""".formatted(deadline.dueColumn(), deadline.sentColumn(),
				deadline.warnedColumn()))
			.param(Timestamp.from(horizon))
			.query((rs, row) -> new Due(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
					LegalBasis.valueOf(rs.getString(5))))
			.list();
		for (Due d : due) {
			for (StaffContact c : recipients(d.unitId())) {
				Locale locale = Locale.forLanguageTag(c.language() == null ? "vi" : c.language());
				boolean late = now.isAfter(d.due());
				String authority = messages.getMessage("infosec.authority." + d.basis(), null, locale);
				outbox.send(c.email(), messages.getMessage(deadline.subjectKey(), new Object[] { d.title() }, locale),
						messages.getMessage(late ? deadline.overdueKey() : deadline.dueKey(),
								new Object[] { c.fullName(), d.title(), WHEN.format(d.due()),
										platform.baseUrl() + "/infosec/incidents/" + d.id(), authority },
								locale));
			}
			jdbc.sql("UPDATE infosec_incidents SET %s = ? WHERE id = ?".formatted(deadline.warnedColumn()))
				.params(Timestamp.from(now), d.id())
				.update();
		}
		return due.size();
	}

	/** The security officers and leaders of the unit and the units above it. */
	private Iterable<StaffContact> recipients(long unitId) {
		Map<String, StaffContact> recipients = new LinkedHashMap<>();
		String path = organisation.findUnscoped(unitId).map(u -> u.path()).orElse("");
		for (String part : path.split("/")) {
			if (!part.isEmpty()) {
				staff.holdingRoleIn(Long.parseLong(part), List.of(SecurityLevels.OFFICER, Roles.LEADER))
					.forEach(c -> recipients.putIfAbsent(c.email(), c));
			}
		}
		return recipients.values();
	}
}
