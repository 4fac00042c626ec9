package org.govict.inventory;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.govict.inventory.internal.Licences;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes the software census every few minutes ({@code govict.inventory.software-census-interval}, default 10
 * minutes), on one node: the catalogue page shows these counts, since counting 20 million installations on each
 * view would take seconds.
 */
@Component
class SoftwareCensus {

	private final Licences licences;

	private final TransactionTemplate transaction;

	SoftwareCensus(Licences licences, TransactionTemplate transaction) {
		this.licences = licences;
		this.transaction = transaction;
	}

	@Scheduled(fixedDelayString = "${govict.inventory.software-census-interval:PT10M}",
			initialDelayString = "${govict.inventory.software-census-first:PT1M}")
	@SchedulerLock(name = "inventory-software-census", lockAtMostFor = "PT30M")
	void takeOnSchedule() {
		transaction.executeWithoutResult(tx -> licences.takeCensus());
	}
}
