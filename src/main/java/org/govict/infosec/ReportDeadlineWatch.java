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
 * Warns, once per incident, the security officers and leaders of the incident's unit and the units above it when
 * the report to VNCERT/CC falls due within {@link InfosecSettings#incidentReportWarning()} and has not been sent.
 */
@Component
class ReportDeadlineWatch {

	private static final Logger log = LoggerFactory.getLogger(ReportDeadlineWatch.class);

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
		.withZone(Incidents.ZONE);

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
			log.info("Warned about {} incident reports falling due", warned);
		}
	}

	private record Due(long id, long unitId, String title, Instant due) {
	}

	/** Writes about the open, unreported incidents whose report falls due soon; returns how many. */
	@Transactional
	int warn(Instant now) {
		List<Due> due = jdbc.sql("""
				SELECT id, owner_unit_id, title, report_due FROM infosec_incidents
				WHERE reported_at IS NULL AND report_warned_at IS NULL AND stage <> 'CLOSED' AND report_due <= ?
				ORDER BY report_due FOR UPDATE SKIP LOCKED""")
			.param(Timestamp.from(now.plus(settings.incidentReportWarning())))
			.query((rs, row) -> new Due(rs.getLong(1), rs.getLong(2), rs.getString(3),
					rs.getTimestamp(4).toInstant()))
			.list();
		for (Due d : due) {
			Map<String, StaffContact> recipients = new LinkedHashMap<>();
			String path = organisation.findUnscoped(d.unitId()).map(u -> u.path()).orElse("");
			for (String part : path.split("/")) {
				if (!part.isEmpty()) {
					staff.holdingRoleIn(Long.parseLong(part), List.of(SecurityLevels.OFFICER, Roles.LEADER))
						.forEach(c -> recipients.putIfAbsent(c.email(), c));
				}
			}
			for (StaffContact c : recipients.values()) {
				Locale locale = Locale.forLanguageTag(c.language() == null ? "vi" : c.language());
				boolean late = now.isAfter(d.due());
				outbox.send(c.email(), messages.getMessage("infosec.mail.subject", new Object[] { d.title() }, locale),
						messages.getMessage(late ? "infosec.mail.overdue" : "infosec.mail.due",
								new Object[] { c.fullName(), d.title(), WHEN.format(d.due()), platform.baseUrl() + "/infosec/incidents/" + d.id() },
								locale));
			}
			jdbc.sql("UPDATE infosec_incidents SET report_warned_at = ? WHERE id = ?")
				.params(Timestamp.from(now), d.id())
				.update();
		}
		return due.size();
	}
}
