package org.govict.feedback;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.govict.audit.AuditRecord;
import org.govict.audit.AuditTrail;
import org.govict.feedback.FeedbackDesk.CheckedFile;
import org.govict.feedback.internal.Attachments;
import org.govict.feedback.internal.CaseSteps;
import org.govict.feedback.internal.Cases;
import org.govict.mail.Outbox;
import org.govict.platform.web.ServiceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The intake register (sổ tiếp nhận): writes the cases the desk receives, each with its files, its first step, its
 * audit entry and the receipt e-mail, and answers with the tracking code only once all of it is committed.
 * <p>
 * Cases that arrive together are written together: the requests hand their checked cases to a writer, which
 * writes whatever has arrived in one transaction and answers each request when that transaction has committed.
 * A few writers work side by side, each with its own database session, so that large files are written on several
 * cores; the same content always goes to the same writer, so that a submission sent twice at once is still
 * recognised. A
 * burst of submissions thus costs a few statements and one durable commit per batch instead of a dozen statements
 * and a commit per case, and a crash at any moment leaves each case whole or absent. When a batch fails, its cases
 * are written again one by one, so that one bad case does not fail the others.
 * <p>
 * A caller that already runs a transaction (an Open311 request, which records its token with the case) gets its
 * case written in that transaction instead, so that both commit together.
 */
@Component
class IntakeRegister implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(IntakeRegister.class);

	/** What the sender is told when their case could not be written: nothing was kept, they may send it again. */
	static final String NOT_SAVED = "feedback.error.notSaved";

	/** The most cases one transaction writes; more wait for the next. */
	static final int MOST_PER_BATCH = 256;

	/** The most bytes of files one transaction writes, beyond its first case. */
	static final long MOST_BYTES_PER_BATCH = 32L * 1024 * 1024;

	/** How long a request waits for room in the queue, and then for its batch to commit. */
	static final Duration PATIENCE = Duration.ofSeconds(30);

	/** A checked case, ready to write, and the request's answer to complete. */
	record Entry(Cases.NewCase newCase, String secret, List<CheckedFile> files, String actor, String auditActor,
			String clientAddress, CompletableFuture<Receipt> receipt) {

		long bytes() {
			return files.stream().mapToLong(f -> f.content().length).sum();
		}
	}

	private final Cases cases;

	private final CaseSteps steps;

	private final Attachments attachments;

	private final SenderMail mail;

	private final Outbox outbox;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final FeedbackSettings settings;

	private final TransactionTemplate transaction;

	/** How many writers work side by side. */
	static final int WRITERS = 3;

	private final List<BlockingQueue<Entry>> queues = new ArrayList<>();

	private final List<Thread> writers = new ArrayList<>();

	private volatile boolean running;

	IntakeRegister(Cases cases, CaseSteps steps, Attachments attachments, SenderMail mail, Outbox outbox,
			AuditTrail audit, ApplicationEventPublisher events, FeedbackSettings settings,
			PlatformTransactionManager transactions) {
		this.cases = cases;
		this.steps = steps;
		this.attachments = attachments;
		this.mail = mail;
		this.outbox = outbox;
		this.audit = audit;
		this.events = events;
		this.settings = settings;
		this.transaction = new TransactionTemplate(transactions);
		for (int i = 0; i < WRITERS; i++) {
			queues.add(new LinkedBlockingQueue<>(10_000 / WRITERS));
		}
	}

	/**
	 * Writes the case and answers with its receipt once it is committed: the receipt of the earlier case when
	 * the same submission came within the duplicate window.
	 * @throws ServiceUnavailableException when the case could not be written; nothing of it was committed then,
	 * unless the wait ran out (the case may still be committed, though its sender was told otherwise)
	 */
	Receipt write(Entry entry) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return writeNow(List.of(entry)).get(0);
		}
		if (!running) {
			return transaction.execute(status -> writeNow(List.of(entry))).get(0);
		}
		try {
			BlockingQueue<Entry> queue = queues.get(Math.floorMod(entry.newCase().contentHash().hashCode(), WRITERS));
			if (!queue.offer(entry, PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new ServiceUnavailableException(NOT_SAVED, null);
			}
			return entry.receipt().get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ServiceUnavailableException(NOT_SAVED, ex);
		}
		catch (TimeoutException ex) {
			throw new ServiceUnavailableException(NOT_SAVED, ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new ServiceUnavailableException(NOT_SAVED, ex.getCause());
		}
	}

	private void drain(BlockingQueue<Entry> queue) {
		while (running || !queue.isEmpty()) {
			Entry first;
			try {
				first = queue.poll(200, TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				if (!running) {
					continue;
				}
				Thread.currentThread().interrupt();
				return;
			}
			if (first == null) {
				continue;
			}
			List<Entry> batch = new ArrayList<>();
			batch.add(first);
			long bytes = first.bytes();
			Entry next;
			while (batch.size() < MOST_PER_BATCH && bytes < MOST_BYTES_PER_BATCH
					&& (next = queue.peek()) != null && bytes + next.bytes() <= MOST_BYTES_PER_BATCH) {
				batch.add(queue.poll());
				bytes += next.bytes();
			}
			writeBatch(batch);
		}
	}

	void writeBatch(List<Entry> batch) {
		try {
			List<Receipt> receipts = transaction.execute(status -> writeNow(batch));
			for (int i = 0; i < batch.size(); i++) {
				batch.get(i).receipt().complete(receipts.get(i));
			}
		}
		catch (RuntimeException ex) {
			if (batch.size() == 1) {
				log.warn("A case could not be written: {}", ex.toString());
				batch.get(0).receipt().completeExceptionally(new ServiceUnavailableException(NOT_SAVED, ex));
				return;
			}
			log.warn("A batch of {} cases could not be written ({}); writing them one by one", batch.size(), ex.toString());
			for (Entry entry : batch) {
				writeBatch(List.of(entry));
			}
		}
	}

	/** Writes the entries in the current transaction; the receipts in the same order. */
	List<Receipt> writeNow(List<Entry> batch) {
		Receipt[] receipts = new Receipt[batch.size()];
		Map<String, String> earlier = cases.sameSubmissionsSince(
				batch.stream().map(e -> e.newCase().contentHash()).distinct().toList(),
				Instant.now().minus(settings.duplicateWindow()));
		// The first of each content in the batch is written, unless it came before; the others point to it.
		Map<String, Integer> firstOfContent = new HashMap<>();
		Map<Integer, Integer> sameAs = new HashMap<>();
		Map<Integer, Cases.NewCase> toWrite = new LinkedHashMap<>();
		for (int i = 0; i < batch.size(); i++) {
			Entry entry = batch.get(i);
			String hash = entry.newCase().contentHash();
			if (earlier.containsKey(hash)) {
				receipts[i] = new Receipt(0, earlier.get(hash), null, null, true);
			}
			else if (firstOfContent.containsKey(hash)) {
				sameAs.put(i, firstOfContent.get(hash));
			}
			else {
				firstOfContent.put(hash, i);
				toWrite.put(i, entry.newCase());
			}
		}
		Map<Integer, FeedbackCase> written = insert(toWrite);
		if (written.isEmpty()) {
			return finish(batch, receipts, sameAs);
		}
		Map<Long, Long> stepIds = new HashMap<>();
		Map<String, List<Long>> byActor = new LinkedHashMap<>();
		written.forEach((i, c) -> byActor.computeIfAbsent(batch.get(i).actor(), a -> new ArrayList<>()).add(c.id()));
		byActor.forEach((actor, caseIds) -> stepIds.putAll(steps.insertAll(caseIds, Step.RECEIVED, CaseStatus.RECEIVED, actor)));
		List<Attachments.NewAttachment> files = new ArrayList<>();
		List<AuditRecord> entries = new ArrayList<>();
		List<Outbox.Message> receiptsByMail = new ArrayList<>();
		written.forEach((i, c) -> {
			Entry entry = batch.get(i);
			for (CheckedFile file : entry.files()) {
				files.add(new Attachments.NewAttachment(c.id(), stepIds.get(c.id()), file.fileName(), file.contentType(),
						file.content(), file.sha256()));
			}
			entries.add(AuditRecord.created(FeedbackDesk.MODULE, CaseLog.RECORD, c.id(), c.receivingUnitId(), CaseLog.state(c))
				.withSummary(c.trackingCode() + " " + c.channel())
				.by(entry.auditActor(), entry.clientAddress()));
			mail.receipt(c).ifPresent(receiptsByMail::add);
			receipts[i] = new Receipt(c.id(), c.trackingCode(), entry.secret(), c.dueOn(), false);
		});
		attachments.insertAll(files);
		audit.recordAll(entries);
		if (!receiptsByMail.isEmpty()) {
			outbox.sendAll(receiptsByMail);
		}
		written.values().forEach(c -> events.publishEvent(new FeedbackReceived(c.id(), c.trackingCode(), c.kind(), c.channel())));
		return finish(batch, receipts, sameAs);
	}

	/** Inserts the cases, giving those whose random tracking code was taken another one, until all are in. */
	private Map<Integer, FeedbackCase> insert(Map<Integer, Cases.NewCase> toWrite) {
		Map<Integer, FeedbackCase> written = new LinkedHashMap<>();
		Map<Integer, Cases.NewCase> pending = new LinkedHashMap<>(toWrite);
		for (int attempt = 0; !pending.isEmpty(); attempt++) {
			if (attempt == 10) {
				throw new IllegalStateException("No free tracking code after 10 attempts");
			}
			Map<String, Integer> byCode = new HashMap<>();
			pending.forEach((i, c) -> byCode.put(c.trackingCode(), i));
			for (FeedbackCase c : cases.insertAll(List.copyOf(pending.values()))) {
				Integer i = byCode.get(c.trackingCode());
				written.put(i, c);
				pending.remove(i);
			}
			pending.replaceAll((i, c) -> c.withTrackingCode(CaseCodes.trackingCode(c.receivedOn())));
		}
		Map<Integer, FeedbackCase> inOrder = new LinkedHashMap<>();
		toWrite.keySet().forEach(i -> inOrder.put(i, written.get(i)));
		return inOrder;
	}

	private static List<Receipt> finish(List<Entry> batch, Receipt[] receipts, Map<Integer, Integer> sameAs) {
		sameAs.forEach((i, first) -> receipts[i] = new Receipt(0, receipts[first].trackingCode(), null, null, true));
		return List.of(receipts);
	}

	@Override
	public void start() {
		running = true;
		for (int i = 0; i < WRITERS; i++) {
			BlockingQueue<Entry> queue = queues.get(i);
			Thread thread = new Thread(() -> drain(queue), "feedback-intake-" + (i + 1));
			thread.setDaemon(true);
			writers.add(thread);
			thread.start();
		}
	}

	/** Stops taking cases once the web server has stopped taking requests, and writes what is queued. */
	@Override
	public void stop() {
		running = false;
		long until = System.nanoTime() + PATIENCE.toNanos();
		for (Thread thread : writers) {
			try {
				thread.join(Math.max(1, (until - System.nanoTime()) / 1_000_000));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		writers.clear();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Below the web server's phase: started before it takes requests, stopped after it has finished them. */
	@Override
	public int getPhase() {
		return 0;
	}
}
