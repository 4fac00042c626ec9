package org.govict.personnel.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.govict.organisation.Organisation;
import org.govict.organisation.UnitMoved;
import org.govict.personnel.PersonnelRegistry;
import org.govict.platform.security.SystemAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the records in step with time and with the organisation: applies changes whose effective day has come,
 * and follows units that move.
 */
@Component
class RecordKeeping {

	private static final Logger log = LoggerFactory.getLogger(RecordKeeping.class);

	private final PersonnelRegistry registry;

	private final Records records;

	private final Organisation organisation;

	RecordKeeping(PersonnelRegistry registry, Records records, Organisation organisation) {
		this.registry = registry;
		this.records = records;
		this.organisation = organisation;
	}

	@Scheduled(cron = "${govict.personnel.apply-changes-cron:0 5 0 * * *}")
	@SchedulerLock(name = "personnel-apply-due-changes", lockAtMostFor = "PT30M")
	void applyDueChanges() {
		int applied = SystemAccess.call(registry::applyDueChanges);
		if (applied > 0) {
			log.info("Applied the changes that took effect today to {} records", applied);
		}
	}

	@ApplicationModuleListener
	void on(UnitMoved moved) {
		organisation.findUnscoped(moved.unitId()).ifPresent(unit -> records.moveSubtree(unit.id(), unit.path()));
	}
}
