package org.govict.personnel.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.govict.audit.AuditRecord;
import org.govict.audit.AuditTrail;
import org.govict.personnel.ImportMode;
import org.govict.personnel.ImportRefusal;
import org.govict.personnel.ImportStatus;
import org.govict.personnel.PersonnelRecordsImported;
import org.govict.personnel.PersonnelImport;
import org.govict.personnel.RecordSchema;
import org.govict.personnel.internal.CustomFields;
import org.govict.personnel.internal.ReferenceSnapshot;
import org.govict.personnel.internal.ReferenceSnapshots;
import org.govict.platform.security.SystemAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs imports in the background, one at a time on each node. Two threads share the work of an import, so that
 * both cores are busy: one reads and checks the rows of the next batch while the other writes the last one.
 * <p>
 * An import is claimed in the database, so that any node may run it; one whose node died (its heartbeat stopped)
 * is claimed again when a node starts or by the scheduled check, and resumes after its checkpoint.
 */
@Component
public class ImportRunner {

	private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

	static final String MODULE = "personnel";

	private final Imports imports;

	private final ImportWriter writer;

	private final ReferenceSnapshots references;

	private final CustomFields customFields;

	private final MessageSource messages;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final ImportSettings settings;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final TransactionTemplate separateTransaction;

	private final TransactionTemplate readTransaction;

	private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> thread(r, "personnel-import"));

	private final ExecutorService readers = Executors.newCachedThreadPool(r -> thread(r, "personnel-import-read"));

	private final AtomicBoolean busy = new AtomicBoolean();

	private final String node = nodeName();

	ImportRunner(Imports imports, ImportWriter writer, ReferenceSnapshots references, CustomFields customFields,
			MessageSource messages, AuditTrail audit, ApplicationEventPublisher events, ImportSettings settings,
			PlatformTransactionManager transactions, Optional<Clock> clock) {
		this.imports = imports;
		this.writer = writer;
		this.references = references;
		this.customFields = customFields;
		this.messages = messages;
		this.audit = audit;
		this.events = events;
		this.settings = settings;
		this.clock = clock.orElse(Clock.systemDefaultZone());
		this.transaction = new TransactionTemplate(transactions);
		this.separateTransaction = new TransactionTemplate(transactions);
		this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.readTransaction = new TransactionTemplate(transactions);
		this.readTransaction.setReadOnly(true);
	}

	/** Starts the waiting imports unless this node is already running one; it takes the next when it is done. */
	public void wake() {
		if (busy.compareAndSet(false, true)) {
			runner.execute(() -> {
				try {
					Optional<Imports.Job> next;
					while ((next = imports.claimNext(node)).isPresent()) {
						Imports.Job job = next.get();
						SystemAccess.run(() -> run(job));
					}
				}
				catch (RuntimeException ex) {
					log.error("Import runner stopped", ex);
				}
				finally {
					busy.set(false);
				}
			});
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		wake();
	}

	/** Picks up imports whose node died, and any that no node noticed. */
	@Scheduled(fixedDelayString = "${govict.personnel.import-check-interval:PT1M}", initialDelayString = "PT1M")
	@SchedulerLock(name = "personnel-imports-resume", lockAtMostFor = "PT1M")
	void resumeAbandoned() {
		wake();
	}

	/**
	 * Stops the running import and gives up its claim, so that the next node to start (or this one, restarted)
	 * resumes it at once rather than after the heartbeat has gone stale.
	 */
	@PreDestroy
	void stop() throws InterruptedException {
		runner.shutdownNow();
		readers.shutdownNow();
		if (runner.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)) {
			imports.release(node);
		}
	}

	/** Whether the import is still this node's to run (not cancelled, not taken over). */
	private boolean stillOurs(long id, long rowsRead, long bytesRead, long refused) {
		return Boolean.TRUE.equals(
				separateTransaction.execute(s -> imports.beat(id, node, rowsRead, bytesRead, refused)));
	}

	// ---- One import ----

	/** A checked batch on its way from the reading thread to the writing one. */
	private record Batch(List<RowChecker.Staged> staged, List<ImportRefusal> refusals, int refusedRows,
			int unchanged, long lastRow, long rowsRead, long bytesRead, boolean last, String failure,
			List<Object> failureArguments) {

		static Batch failed(String failure, Object... arguments) {
			return new Batch(List.of(), List.of(), 0, 0, 0, 0, 0, true, failure, List.of(arguments));
		}

		static Batch header(List<ImportRefusal> refusals) {
			return new Batch(List.of(), refusals, 0, 0, 0, 0, 0, true, "personnel.import.badHeader", List.of());
		}
	}

	/** Counts of a run so far. */
	private static final class Counts {

		long loaded;

		long refused;

		long unchanged;

		long read;

		long bytes;

		/** Time spent writing, and waiting for the reading thread: which of the two holds the import up. */
		long writeNanos;

		long waitNanos;
	}

	void run(Imports.Job job) {
		long started = System.nanoTime();
		RecordSchema schema = RecordSchema.with(customFields.active());
		ReferenceSnapshot reference = references.take();
		ImportColumns columns = ImportColumns.of(schema, messages);
		Counts counts = new Counts();
		long checkpoint;
		if (job.mode() == ImportMode.VALID_ROWS) {
			checkpoint = job.checkpointRow();
			PersonnelImport sofar = imports.find(job.id()).orElseThrow();
			counts.loaded = sofar.rowsLoaded();
			counts.refused = sofar.rowsRefused();
			counts.unchanged = sofar.rowsUnchanged();
		}
		else {
			checkpoint = 1;
		}
		separateTransaction.executeWithoutResult(s -> {
			imports.rewind(job.id(), checkpoint);
			if (job.mode() == ImportMode.ALL_OR_NOTHING) {
				imports.advance(job.id(), 1, 0, 0, 0, 0, 0);
			}
		});
		BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(2);
		Future<?> reading = readers.submit(() -> SystemAccess.run(() -> read(job, checkpoint, columns, schema,
				reference, queue)));
		ImportWriter.Provenance provenance = new ImportWriter.Provenance(job.effectiveOn(), job.requestedBy(),
				"import " + job.id() + ": " + job.fileName());
		String failure = null;
		List<Object> failureArguments = List.of();
		boolean cancelled = false;
		try {
			if (job.mode() == ImportMode.VALID_ROWS) {
				while (true) {
					long waiting = System.nanoTime();
					Batch batch = queue.take();
					counts.waitNanos += System.nanoTime() - waiting;
					if (batch.failure() != null) {
						separateTransaction.executeWithoutResult(s -> imports.insertRefusals(job.id(), batch.refusals()));
						failure = batch.failure();
						failureArguments = batch.failureArguments();
						break;
					}
					transaction.executeWithoutResult(s -> writeBatch(job, batch, counts, schema, reference, provenance,
							true));
					if (batch.last()) {
						break;
					}
					if (!stillOurs(job.id(), counts.read, counts.bytes, counts.refused)) {
						cancelled = true;
						break;
					}
				}
			}
			else {
				String[] outcome = new String[1];
				List<Object>[] outcomeArguments = new List[] { List.of() };
				boolean[] stopped = new boolean[1];
				transaction.executeWithoutResult(s -> {
					try {
						while (true) {
							long waiting = System.nanoTime();
							Batch batch = queue.take();
							counts.waitNanos += System.nanoTime() - waiting;
							if (batch.failure() != null) {
								separateTransaction
									.executeWithoutResult(t -> imports.insertRefusals(job.id(), batch.refusals()));
								outcome[0] = batch.failure();
								outcomeArguments[0] = batch.failureArguments();
								break;
							}
							if (counts.refused == 0 && batch.refusedRows() == 0) {
								writeBatch(job, batch, counts, schema, reference, provenance, false);
							}
							else {
								// From the first refused row on, nothing more is written; the rest is only checked,
								// to report every refusal.
								counts.refused += batch.refusedRows();
								counts.read = batch.rowsRead();
								counts.bytes = batch.bytesRead();
								separateTransaction
									.executeWithoutResult(t -> imports.insertRefusals(job.id(), batch.refusals()));
							}
							if (batch.last()) {
								break;
							}
							if (!stillOurs(job.id(), counts.read, counts.bytes, counts.refused)) {
								stopped[0] = true;
								break;
							}
						}
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						throw new IllegalStateException("import interrupted", ex);
					}
					if (outcome[0] != null || stopped[0] || counts.refused > 0) {
						s.setRollbackOnly();
					}
					else {
						imports.advance(job.id(), 1, counts.read, counts.bytes, counts.loaded, 0, counts.unchanged);
					}
				});
				cancelled = stopped[0];
				if (outcome[0] != null) {
					failure = outcome[0];
					failureArguments = outcomeArguments[0];
				}
				else if (counts.refused > 0) {
					failure = "personnel.import.nothingLoaded";
					failureArguments = List.of(counts.refused);
					long refusedRows = counts.refused;
					long read = counts.read;
					long unchanged = 0;
					separateTransaction.executeWithoutResult(
							t -> imports.advance(job.id(), 1, read, counts.bytes, 0, refusedRows, unchanged));
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			failure = "personnel.import.interrupted";
		}
		catch (RuntimeException ex) {
			log.error("Import {} failed", job.id(), ex);
			failure = "personnel.import.failed";
			failureArguments = List.of(String.valueOf(ex.getMessage()).lines().findFirst().orElse(""));
		}
		finally {
			reading.cancel(true);
		}
		ImportStatus status = cancelled ? ImportStatus.CANCELLED : failure == null ? ImportStatus.DONE
				: ImportStatus.FAILED;
		String finalFailure = failure;
		List<Object> finalArguments = failureArguments;
		separateTransaction.executeWithoutResult(s -> imports.finish(job.id(), status, finalFailure, finalArguments));
		log.info("Import {} {}: {} rows read, {} loaded, {} unchanged, {} refused in {} ms ({} ms writing, {} ms waiting "
				+ "for rows)", job.id(), status, counts.read, counts.loaded, counts.unchanged, counts.refused,
				(System.nanoTime() - started) / 1_000_000, counts.writeNanos / 1_000_000, counts.waitNanos / 1_000_000);
	}

	private void writeBatch(Imports.Job job, Batch batch, Counts counts, RecordSchema schema,
			ReferenceSnapshot reference, ImportWriter.Provenance provenance, boolean commitsBatch) {
		long writing = System.nanoTime();
		ImportWriter.Written written = writer.write(batch.staged(), provenance, schema, reference);
		counts.writeNanos += System.nanoTime() - writing;
		List<ImportRefusal> refusals = new ArrayList<>(batch.refusals());
		written.changedMeanwhile()
			.forEach(row -> refusals.add(new ImportRefusal(row, null, "personnel.record.changedMeanwhile", List.of(),
					null)));
		counts.loaded += written.created() + written.updated();
		counts.refused += batch.refusedRows() + written.changedMeanwhile().size();
		counts.unchanged += batch.unchanged();
		counts.read = batch.rowsRead();
		counts.bytes = batch.bytesRead();
		if (commitsBatch) {
			imports.insertRefusals(job.id(), refusals);
			imports.advance(job.id(), batch.lastRow(), counts.read, counts.bytes, counts.loaded, counts.refused,
					counts.unchanged);
		}
		else if (!refusals.isEmpty()) {
			separateTransaction.executeWithoutResult(t -> imports.insertRefusals(job.id(), refusals));
		}
		if (written.created() + written.updated() > 0) {
			audit.record(AuditRecord
				.action(MODULE, "IMPORT", "PersonnelImport", job.id(), null, null,
						Map.of("created", written.created(), "updated", written.updated(), "toRow", batch.lastRow()))
				.withSummary("import " + job.id() + " rows to " + batch.lastRow() + ": " + written.created()
						+ " created, " + written.updated() + " changed")
				.by(job.requestedBy()));
			events.publishEvent(new PersonnelRecordsImported(job.id(), written.created(), written.updated(),
					job.effectiveOn()));
		}
	}

	// ---- Reading and checking, on the second thread ----

	private void read(Imports.Job job, long checkpoint, ImportColumns columns, RecordSchema schema,
			ReferenceSnapshot reference, BlockingQueue<Batch> queue) {
		try {
			readTransaction.executeWithoutResult(s -> {
				try {
					readFile(job, checkpoint, columns, schema, reference, queue);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			});
		}
		catch (RuntimeException ex) {
			if (!Thread.currentThread().isInterrupted()) {
				log.warn("Import {}: the file could not be read", job.id(), ex);
				queue.offer(Batch.failed("personnel.import.unreadable"));
			}
		}
	}

	private void readFile(Imports.Job job, long checkpoint, ImportColumns columns, RecordSchema schema,
			ReferenceSnapshot reference, BlockingQueue<Batch> queue) throws InterruptedException {
		Counting counted = new Counting(imports.openFile(job.content()));
		try (RowReader reader = "XLSX".equals(job.format()) ? RowReader.xlsx(counted) : RowReader.csv(counted)) {
			if (!reader.hasNext()) {
				queue.put(Batch.failed("personnel.import.empty"));
				return;
			}
			RowReader.SourceRow headerRow = reader.next();
			ImportColumns.Header header = columns.match(headerRow.cells());
			if (!header.usable()) {
				List<ImportRefusal> refusals = new ArrayList<>();
				header.unknown()
					.forEach(h -> refusals.add(new ImportRefusal(headerRow.number(), h, "personnel.import.unknownColumn",
							List.of(h), h)));
				header.repeated()
					.forEach(h -> refusals.add(new ImportRefusal(headerRow.number(), h,
							"personnel.import.repeatedColumn", List.of(h), h)));
				if (!header.hasIdNumber()) {
					refusals.add(new ImportRefusal(headerRow.number(), "id_number", "personnel.import.noIdColumn",
							List.of(), null));
				}
				queue.put(Batch.header(refusals));
				return;
			}
			RowChecker checker = new RowChecker(columns, header, schema, reference, job.scopePrefixes(),
					LocalDate.now(clock));
			int idColumn = header.indexOf("id_number");
			FirstRows firstRows = new FirstRows();
			int batchRows = settings.importBatchRows();
			List<RowChecker.ParsedRow> pending = new ArrayList<>(batchRows);
			long rowsRead = 0;
			long lastRow = checkpoint;
			while (reader.hasNext()) {
				if (Thread.currentThread().isInterrupted()) {
					throw new InterruptedException();
				}
				RowReader.SourceRow row = reader.next();
				if (row.blank()) {
					continue;
				}
				rowsRead++;
				if (row.number() <= checkpoint) {
					// Loaded or refused by an earlier run: only its ID number matters now, to find repeats.
					remember(firstRows, row.cell(idColumn), row.number());
					continue;
				}
				RowChecker.ParsedRow parsed = checker.read(row);
				if (parsed.idNumber() != null) {
					long first = firstRows.putIfAbsent(Long.parseLong(parsed.idNumber()), row.number());
					if (first != 0) {
						parsed.refusals()
							.add(new ImportRefusal(row.number(), "id_number", "personnel.import.repeatedId",
									List.of(first), parsed.idNumber()));
					}
				}
				pending.add(parsed);
				lastRow = row.number();
				if (pending.size() >= batchRows) {
					queue.put(check(pending, checker, schema, lastRow, rowsRead, counted.count, false));
					pending = new ArrayList<>(batchRows);
				}
			}
			queue.put(check(pending, checker, schema, lastRow, rowsRead, counted.count, true));
		}
		catch (java.io.IOException | RuntimeException ex) {
			if (Thread.currentThread().isInterrupted()) {
				return;
			}
			log.warn("Import {}: the file could not be read", job.id(), ex);
			queue.put(Batch.failed("personnel.import.unreadable"));
		}
	}

	private static void remember(FirstRows firstRows, String idText, long row) {
		if (idText == null || idText.isBlank()) {
			return;
		}
		try {
			String id = org.govict.personnel.PersonalIdNumber.repair(LegacyVietnamese.toUnicode(idText)).value();
			firstRows.putIfAbsent(Long.parseLong(id), row);
		}
		catch (RuntimeException ex) {
			// A number that cannot be read was refused then; it cannot be repeated.
		}
	}

	/** Checks a batch against the records it updates, read in one query. */
	private Batch check(List<RowChecker.ParsedRow> rows, RowChecker checker, RecordSchema schema, long lastRow,
			long rowsRead, long bytesRead, boolean last) {
		Set<String> ids = new HashSet<>();
		for (RowChecker.ParsedRow row : rows) {
			if (row.refusals().isEmpty()) {
				ids.add(row.idNumber());
			}
		}
		Map<String, RowChecker.Existing> existing = writer.existing(ids, schema);
		List<RowChecker.Staged> staged = new ArrayList<>();
		List<ImportRefusal> refusals = new ArrayList<>();
		int refusedRows = 0;
		int unchanged = 0;
		for (RowChecker.ParsedRow row : rows) {
			RowChecker.Outcome outcome = checker.check(row, row.idNumber() == null ? null : existing.get(row.idNumber()));
			if (outcome instanceof RowChecker.Staged s) {
				staged.add(s);
			}
			else if (outcome instanceof RowChecker.Refused r) {
				refusals.addAll(r.refusals());
				refusedRows++;
			}
			else {
				unchanged++;
			}
		}
		return new Batch(staged, refusals, refusedRows, unchanged, lastRow, rowsRead, bytesRead, last, null,
				List.of());
	}

	/** Counts the bytes of the file read so far, for the progress bar. */
	private static final class Counting extends FilterInputStream {

		volatile long count;

		Counting(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count++;
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				count += n;
			}
			return n;
		}
	}

	private static Thread thread(Runnable runnable, String name) {
		Thread thread = new Thread(runnable, name);
		thread.setDaemon(true);
		return thread;
	}

	private static String nodeName() {
		try {
			return InetAddress.getLocalHost().getHostName() + "/" + UUID.randomUUID().toString().substring(0, 8);
		}
		catch (IOException ex) {
			return "node/" + UUID.randomUUID().toString().substring(0, 8);
		}
	}
}
