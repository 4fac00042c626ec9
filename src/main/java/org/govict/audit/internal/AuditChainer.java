package org.govict.audit.internal;

import java.util.ArrayList;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.govict.audit.internal.AuditEntries.ChainEnd;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links committed entries into the hash chain, after their transactions, so that audited writes never wait for
 * one another: each entry's hash covers the previous entry's hash and its own content. Runs every second on one
 * node (ShedLock), and on demand before a verification; the chainer's own database lock keeps two runs apart.
 */
@Service
public class AuditChainer {

	private static final int BATCH = 2000;

	private final AuditEntries entries;

	private final TransactionTemplate transactions;

	AuditChainer(AuditEntries entries, PlatformTransactionManager transactionManager) {
		this.entries = entries;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@Scheduled(fixedDelayString = "${govict.audit.chain-interval:PT1S}")
	@SchedulerLock(name = "audit-chain", lockAtMostFor = "PT5M")
	void chainOnSchedule() {
		chainCommitted();
	}

	/**
	 * Links every entry whose transaction has finished, in (tx, id) order, one batch per transaction so that a
	 * long backlog neither holds the lock for long nor waits on this run's own transaction id.
	 *
	 * @return how many entries were linked
	 */
	public long chainCommitted() {
		long linked = 0;
		int batch;
		do {
			batch = transactions.execute(status -> linkNextBatch());
			linked += batch;
		}
		while (batch == BATCH);
		return linked;
	}

	private int linkNextBatch() {
		entries.lockForChaining();
		ChainEnd end = entries.chainEnd();
		List<AuditEntry> next = entries.unlinkedOfFinishedTransactions(BATCH);
		if (next.isEmpty()) {
			return 0;
		}
		List<AuditEntry> linked = new ArrayList<>(next.size());
		String prev = end.hash();
		for (AuditEntry entry : next) {
			AuditEntry withPrev = entry.withLink(prev, null);
			AuditEntry link = withPrev.withLink(prev, HashChain.hashOf(withPrev));
			linked.add(link);
			prev = link.hash();
		}
		entries.link(linked, end.seq() + 1);
		return linked.size();
	}
}
