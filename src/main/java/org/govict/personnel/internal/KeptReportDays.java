package org.govict.personnel.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.govict.personnel.AgeBand;
import org.govict.personnel.PersonnelReports;
import org.govict.personnel.Sex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The days whose BM01 tallies the registry keeps (V14): today, kept from the first minutes of each day, and the
 * days reports were last asked for. A report for a day not kept yet is counted from the periods, and the day is
 * then kept in the background so that the next report for it, of any unit, adds up cells instead. At most
 * {@link #MAX_DAYS} days are kept, since every change of the periods updates the cells of each of them; the least
 * recently used goes first, never today.
 */
@Component
public class KeptReportDays {

	static final int MAX_DAYS = 8;

	/** How often a kept day's last use is written down: reading a report should not write each time. */
	private static final Duration USE_RESOLUTION = Duration.ofHours(1);

	/** How long counting a day waits for writers to finish before it gives up until the next report asks. */
	private static final String LOCK_TIMEOUT = "10s";

	private static final Logger log = LoggerFactory.getLogger(KeptReportDays.class);

	private final ReportQueries queries;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Set<LocalDate> pending = ConcurrentHashMap.newKeySet();

	private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "personnel-report-days");
		thread.setDaemon(true);
		return thread;
	});

	KeptReportDays(ReportQueries queries, PlatformTransactionManager transactionManager, Optional<Clock> clock) {
		this.queries = queries;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock.orElse(Clock.systemDefaultZone());
	}

	/**
	 * Whether the day's tallies are kept and can answer a report now. When they are not, the day is kept in the
	 * background from now on.
	 */
	public boolean ready(LocalDate day) {
		Optional<OffsetDateTime> used = queries.keptDayUsedAt(day);
		if (used.isEmpty()) {
			keepLater(day);
			return false;
		}
		if (used.get().toInstant().isBefore(clock.instant().minus(USE_RESOLUTION))) {
			worker.execute(() -> transactions.executeWithoutResult(status -> queries.markDayUsed(day)));
		}
		return true;
	}

	/** Keeps the day's tallies from now on, counted in the background; does nothing when it is on its way already. */
	public void keepLater(LocalDate day) {
		if (!pending.add(day)) {
			return;
		}
		try {
			worker.execute(() -> {
				try {
					keep(day);
				}
				catch (RuntimeException ex) {
					log.warn("Could not keep the BM01 tallies of {}: {}", day, ex.getMessage());
				}
				finally {
					pending.remove(day);
				}
			});
		}
		catch (RuntimeException ex) {
			pending.remove(day);
			throw ex;
		}
	}

	/** Keeps the day's tallies from now on, counting them now; then drops the least recently used beyond the limit. */
	public void keep(LocalDate day) {
		boolean added = Boolean.TRUE.equals(transactions.execute(status -> {
			queries.setLockTimeout(LOCK_TIMEOUT);
			return queries.keepDay(day, AgeBand.birthLimits(day), PersonnelReports.pastRetirementBirthLimit(Sex.MALE, day),
					PersonnelReports.pastRetirementBirthLimit(Sex.FEMALE, day));
		}));
		if (added) {
			transactions.executeWithoutResult(status -> queries.analyzeCells());
			log.info("BM01 tallies of {} are kept from now on", day);
		}
		trim(day);
	}

	/** Drops the least recently used days beyond {@link #MAX_DAYS}, never today nor {@code wanted}. */
	void trim(LocalDate wanted) {
		LocalDate today = LocalDate.now(clock);
		List<LocalDate> days = new ArrayList<>(queries.keptDays());
		int excess = days.size() - MAX_DAYS;
		for (LocalDate day : days) {
			if (excess <= 0) {
				break;
			}
			if (day.equals(today) || day.equals(wanted)) {
				continue;
			}
			transactions.executeWithoutResult(status -> {
				queries.setLockTimeout(LOCK_TIMEOUT);
				queries.dropDay(day);
			});
			excess--;
		}
	}

	/** Keeps the new day's tallies and clears the cells emptied by people leaving and units moving. */
	@Scheduled(cron = "${govict.personnel.report-days-cron:0 20 0 * * *}")
	@SchedulerLock(name = "personnel-report-days", lockAtMostFor = "PT30M")
	public void startOfDay() {
		keep(LocalDate.now(clock));
		int removed = transactions.execute(status -> queries.removeEmptyCells());
		log.info("Removed {} empty BM01 cells", removed);
	}

	/** Keeps today, and drops the days kept by other rules (see {@link #dropOutdatedDays()}). */
	@EventListener(ApplicationReadyEvent.class)
	void started() {
		worker.execute(() -> {
			try {
				dropOutdatedDays();
			}
			catch (RuntimeException ex) {
				log.warn("Could not check the kept BM01 days: {}", ex.getMessage());
			}
		});
		keepLater(LocalDate.now(clock));
	}

	/**
	 * Drops the kept days whose age limits this version of the rules draws elsewhere (a new retirement roadmap, new
	 * bands), so that no report adds up cells counted by older rules.
	 */
	public void dropOutdatedDays() {
		for (ReportQueries.KeptDay kept : queries.keptDayLimits()) {
			LocalDate day = kept.day();
			if (!kept.matches(AgeBand.birthLimits(day), PersonnelReports.pastRetirementBirthLimit(Sex.MALE, day),
					PersonnelReports.pastRetirementBirthLimit(Sex.FEMALE, day))) {
				transactions.executeWithoutResult(status -> {
					queries.setLockTimeout(LOCK_TIMEOUT);
					queries.dropDay(day);
				});
				log.info("Dropped the BM01 tallies of {}: counted by other age limits", day);
			}
		}
	}

	@PreDestroy
	void stop() {
		worker.shutdownNow();
	}
}
