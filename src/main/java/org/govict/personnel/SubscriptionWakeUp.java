package org.govict.personnel;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the webhook sender every few seconds, and at once when a record changed, so that subscribers hear of a
 * change within seconds. The sender works from the feed of changes, so a wake-up that is lost (or skipped because
 * a round is running) loses nothing; a failing listener is retried by the event publication registry all the same.
 */
@Component
class SubscriptionWakeUp {

	private final ExchangeSubscriptions subscriptions;

	private final TransactionTemplate outsideTransaction;

	SubscriptionWakeUp(ExchangeSubscriptions subscriptions, PlatformTransactionManager transactions) {
		this.subscriptions = subscriptions;
		this.outsideTransaction = new TransactionTemplate(transactions);
		this.outsideTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
	}

	@Scheduled(fixedDelayString = "${govict.personnel.exchange.send-every:PT15S}",
			initialDelayString = "${govict.personnel.exchange.send-every:PT15S}")
	void sendDue() {
		subscriptions.deliverDue();
	}

	@ApplicationModuleListener
	void on(PersonnelRecordChanged event) {
		outsideTransaction.executeWithoutResult(status -> subscriptions.deliverDue());
	}
}
