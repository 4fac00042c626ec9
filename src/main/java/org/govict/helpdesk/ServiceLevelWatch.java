package org.govict.helpdesk;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.govict.platform.security.SystemAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Watches the service levels every few minutes, on one node at a time: resumes the tickets whose waiting date has
 * come, and escalates the ones nobody took within their response target.
 */
@Component
class ServiceLevelWatch {

	private static final Logger log = LoggerFactory.getLogger(ServiceLevelWatch.class);

	private final Helpdesk helpdesk;

	ServiceLevelWatch(Helpdesk helpdesk) {
		this.helpdesk = helpdesk;
	}

	@Scheduled(cron = "${govict.helpdesk.watch-cron:0 */5 * * * *}", zone = "Asia/Ho_Chi_Minh")
	@SchedulerLock(name = "helpdesk-service-levels", lockAtMostFor = "PT10M")
	void watch() {
		int resumed = SystemAccess.call(helpdesk::resumeDue);
		int escalated = SystemAccess.call(helpdesk::escalateUntaken);
		if (resumed + escalated > 0) {
			log.info("Service desk: resumed {} waiting tickets, escalated {} untaken", resumed, escalated);
		}
	}
}
