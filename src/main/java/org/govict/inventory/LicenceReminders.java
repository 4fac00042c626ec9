package org.govict.inventory;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.govict.identity.StaffDirectory;
import org.govict.identity.StaffDirectory.StaffContact;
import org.govict.inventory.internal.Licences;
import org.govict.mail.Outbox;
import org.govict.platform.security.SystemAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds IT technicians by e-mail, through the outbox, that a licence of their unit is about to end: once at each
 * interval the administrators set (60, 30 and 7 days before by default). A licence reminded at 30 days is not
 * reminded at 60 again; a licence whose end date changes is reminded afresh.
 */
@Component
class LicenceReminders {

	private static final Logger log = LoggerFactory.getLogger(LicenceReminders.class);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final Licences licences;

	private final StaffDirectory staff;

	private final Outbox outbox;

	private final MessageSource messages;

	private final TransactionTemplate transaction;

	LicenceReminders(Licences licences, StaffDirectory staff, Outbox outbox, MessageSource messages,
			TransactionTemplate transaction) {
		this.licences = licences;
		this.staff = staff;
		this.outbox = outbox;
		this.messages = messages;
		this.transaction = transaction;
	}

	@Scheduled(cron = "${govict.inventory.licence-reminder-cron:0 30 7 * * *}", zone = "Asia/Ho_Chi_Minh")
	@SchedulerLock(name = "inventory-licence-reminders", lockAtMostFor = "PT30M")
	void remindDaily() {
		int sent = SystemAccess.call(() -> remind(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"))));
		if (sent > 0) {
			log.info("Reminded technicians of {} licences about to end", sent);
		}
	}

	/** Sends the reminders due on {@code today}; returns how many licences were reminded. */
	int remind(LocalDate today) {
		Integer count = transaction.execute(tx -> {
			int reminded = 0;
			List<Integer> days = licences.reminderDays();
			// Shortest interval first: a licence ending in 5 days is reminded at 7, not at 60 and 30 as well.
			for (int i = days.size() - 1; i >= 0; i--) {
				int interval = days.get(i);
				for (Licence licence : licences.dueForReminder(today, interval)) {
					for (StaffContact technician : staff.holdingRoleIn(licence.ownerUnitId(), List.of(Inventory.TECHNICIAN))) {
						Locale locale = Locale.forLanguageTag(technician.language() == null ? "vi" : technician.language());
						outbox.send(technician.email(),
								messages.getMessage("inventory.licence.reminder.subject",
										new Object[] { licence.softwareName(), licence.validUntil().format(DAY) }, locale),
								messages.getMessage("inventory.licence.reminder.body",
										new Object[] { technician.fullName(), licence.softwareName(),
												licence.validUntil().format(DAY), licence.seats(), licence.installed(),
												licence.purchaseOrder() == null ? "—" : licence.purchaseOrder() },
										locale));
					}
					licences.markReminded(licence.id(), interval);
					reminded++;
				}
			}
			return reminded;
		});
		return count == null ? 0 : count;
	}
}
