package org.govict.personnel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.govict.audit.AuditRecord;
import org.govict.audit.AuditTrail;
import org.govict.organisation.Organisation;
import org.govict.organisation.OrganisationUnit;
import org.govict.personnel.internal.ChangeCursor;
import org.govict.personnel.internal.ExchangeRecords;
import org.govict.personnel.internal.IdempotentRequests;
import org.govict.personnel.internal.ReadReach;
import org.govict.platform.security.CurrentUser;
import org.govict.platform.web.NotFoundException;
import org.govict.platform.web.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data exchange of Circular 13/2017/TT-BNV with ministries' and provinces' systems: all records of the caller's
 * scope, the records as of a date, the changes since a cursor, and a batch upsert for systems that sync into the
 * registry. The caller's scope, consent and sensitive-group rules are those of {@link PersonnelRegistry}.
 */
@Service
public class PersonnelExchange {

	/** The API scope to pull records and changes. */
	public static final String READ_SCOPE = "personnel:read";

	/** The API scope to sync records into the registry. */
	public static final String WRITE_SCOPE = "personnel:write";

	private final PersonnelRegistry registry;

	private final ExchangeRecords exchange;

	private final IdempotentRequests idempotent;

	private final Organisation organisation;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final JsonMapper json;

	private final TransactionTemplate eachRecord;

	private final ExchangeSettings settings;

	private final Clock clock;

	PersonnelExchange(PersonnelRegistry registry, ExchangeRecords exchange, IdempotentRequests idempotent,
			Organisation organisation, AuditTrail audit, MessageSource messages, JsonMapper json,
			PlatformTransactionManager transactions, ExchangeSettings settings, Optional<Clock> clock) {
		this.registry = registry;
		this.exchange = exchange;
		this.idempotent = idempotent;
		this.organisation = organisation;
		this.audit = audit;
		this.messages = messages;
		this.json = json;
		this.eachRecord = new TransactionTemplate(transactions);
		this.eachRecord.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.settings = settings;
		this.clock = clock.orElse(Clock.systemDefaultZone());
	}

	/** A record as the exchange gives it: its key, unit, version and every field value the caller may see. */
	public record ExchangedRecord(long id, String idNumber, long unitId, Integer version, Instant updatedAt,
			Map<String, Object> fields) {
	}

	/** A page of records; {@code nextAfter} is the {@code after} of the next page, null after the last one. */
	public record RecordsPage(List<ExchangedRecord> records, Long nextAfter) {
	}

	/** A change as the exchange gives it, with its place in the feed. */
	public record ExchangedChange(String cursor, long changeId, long recordId, String idNumber, ChangeKind kind,
			LocalDate effectiveOn, Instant recordedAt, String decisionNumber, LocalDate decisionDate,
			Map<String, Object> fields) {
	}

	/**
	 * A page of changes. {@code nextCursor} is where to continue; it moves past changes the caller may not see,
	 * and stays where it was when nothing new has committed.
	 */
	public record ChangesPage(List<ExchangedChange> changes, String nextCursor) {
	}

	/** What became of one record of a batch. */
	public enum Outcome {
		CREATED, UPDATED, UNCHANGED, REFUSED
	}

	/** One refused value, said in the caller's language. */
	public record Problem(String field, String message) {
	}

	public record SyncResult(int index, String idNumber, Outcome outcome, Long recordId, List<Problem> errors) {
	}

	public record BatchResult(int created, int updated, int unchanged, int refused, List<SyncResult> results) {
	}

	// ---- Pull ----

	/** The records of the caller's scope after {@code afterId}, in id order. The page is audited as an export. */
	@Transactional
	public RecordsPage records(long afterId, int limit) {
		ReadReach reach = registry.readReach();
		RecordSchema schema = registry.schema();
		List<PersonnelRecord> page = exchange.records(afterId, pageSize(limit), reach, schema, today());
		List<ExchangedRecord> out = page.stream()
			.map(r -> new ExchangedRecord(r.id(), r.idNumber(), r.unitId(), r.version(), r.updatedAt(),
					visible(r.state().values(), schema, reach)))
			.toList();
		auditExport(out.stream().map(ExchangedRecord::id).toList(), "records after " + afterId);
		return new RecordsPage(out, page.size() < pageSize(limit) ? null : page.get(page.size() - 1).id());
	}

	/**
	 * The records of the caller's scope after {@code afterId} as they stood on {@code day}: each record's changes
	 * folded up to that day. Records that had not begun then are left out; the page may so hold fewer than
	 * {@code limit} records and still not be the last.
	 */
	@Transactional
	public RecordsPage recordsAsOf(LocalDate day, long afterId, int limit) {
		ReadReach reach = registry.readReach();
		RecordSchema schema = registry.schema();
		List<PersonnelRecord> page = exchange.records(afterId, pageSize(limit), reach, schema, today());
		Map<Long, List<RecordChange>> changes = exchange.changesOf(page.stream().map(PersonnelRecord::id).toList(),
				schema);
		List<ExchangedRecord> out = new ArrayList<>();
		for (PersonnelRecord record : page) {
			new RecordHistory(changes.get(record.id())).asOf(day).ifPresent(state -> out.add(new ExchangedRecord(
					record.id(), state.idNumber(), state.unitId() == null ? record.unitId() : state.unitId(), null,
					null, visible(state.values(), schema, reach))));
		}
		auditExport(out.stream().map(ExchangedRecord::id).toList(), "records as of " + day + " after " + afterId);
		return new RecordsPage(out, page.size() < pageSize(limit) ? null : page.get(page.size() - 1).id());
	}

	/** The changes after {@code since} (a cursor from an earlier page; blank: from the beginning). */
	@Transactional
	public ChangesPage changes(String since, int limit) {
		ChangeCursor cursor = ChangeCursor.parse(since)
			.orElseThrow(() -> new RuleViolationException("personnel.exchange.badCursor"));
		ReadReach reach = registry.readReach();
		RecordSchema schema = registry.schema();
		List<ExchangeRecords.FeedEntry> entries = exchange.feed(cursor, pageSize(limit), reach, schema, today());
		List<ExchangedChange> out = entries.stream()
			.filter(ExchangeRecords.FeedEntry::visible)
			.map(e -> exchanged(e, schema, reach))
			.toList();
		String next = entries.isEmpty() ? cursor.toString() : entries.get(entries.size() - 1).cursor().toString();
		auditExport(out.stream().map(ExchangedChange::recordId).distinct().toList(), "changes since " + cursor);
		return new ChangesPage(out, next);
	}

	static ExchangedChange exchanged(ExchangeRecords.FeedEntry entry, RecordSchema schema, ReadReach reach) {
		RecordChange c = entry.change();
		return new ExchangedChange(entry.cursor().toString(), c.id(), c.recordId(), entry.idNumber(), c.kind(),
				c.effectiveOn(), c.recordedAt(), c.decisionNumber(), c.decisionDate(),
				visible(c.changes(), schema, reach));
	}

	// ---- Sync ----

	/**
	 * Creates or updates each record of the batch by its ID number, each in a transaction of its own, so that a
	 * refused record does not stop the others. Sending the same batch again changes nothing. With an
	 * idempotency key, a repeated request gets the answer of the first one.
	 */
	public BatchResult sync(List<Map<String, Object>> batch, String idempotencyKey) {
		if (!PersonnelRegistry.canChange()) {
			throw new AccessDeniedException("personnel.access.denied");
		}
		if (batch.size() > settings.maxBatch()) {
			throw new RuleViolationException("personnel.exchange.batchTooLarge", settings.maxBatch());
		}
		String actor = CurrentUser.actorName();
		String hash = sha256(json.writeValueAsString(batch));
		if (idempotencyKey != null && !idempotencyKey.isBlank()) {
			Optional<IdempotentRequests.Stored> stored = idempotent.find(actor, idempotencyKey);
			if (stored.isPresent()) {
				if (!stored.get().requestSha256().equals(hash)) {
					throw new RuleViolationException("personnel.exchange.keyReused");
				}
				return json.readValue(stored.get().response(), BatchResult.class);
			}
		}
		Locale locale = LocaleContextHolder.getLocale();
		List<SyncResult> results = new ArrayList<>();
		for (int i = 0; i < batch.size(); i++) {
			results.add(syncOne(i, batch.get(i), locale));
		}
		BatchResult result = new BatchResult(count(results, Outcome.CREATED), count(results, Outcome.UPDATED),
				count(results, Outcome.UNCHANGED), count(results, Outcome.REFUSED), results);
		if (idempotencyKey != null && !idempotencyKey.isBlank()) {
			idempotent.store(actor, idempotencyKey, hash, json.writeValueAsString(result));
		}
		return result;
	}

	private SyncResult syncOne(int index, Map<String, Object> raw, Locale locale) {
		Map<String, Object> input = new LinkedHashMap<>(raw == null ? Map.of() : raw);
		String idNumber = input.get("id_number") == null ? null : input.get("id_number").toString();
		Object unitCode = input.remove("unit_code");
		if (unitCode != null && !input.containsKey("unit_id")) {
			Optional<OrganisationUnit> unit = organisation.findByCodeUnscoped(unitCode.toString().strip());
			if (unit.isEmpty()) {
				return refused(index, idNumber, List.of(FieldRefusal.of("unit_code", "personnel.value.unknownUnit",
						unitCode)), locale);
			}
			input.put("unit_id", unit.get().id());
		}
		try {
			PersonnelRegistry.UpsertResult done = eachRecord
				.execute(status -> registry.upsert(input, ChangeDetails.of(ChangeKind.SYNCED)));
			Outcome outcome = switch (done.outcome()) {
				case CREATED -> Outcome.CREATED;
				case UPDATED -> Outcome.UPDATED;
				case UNCHANGED -> Outcome.UNCHANGED;
			};
			return new SyncResult(index, done.record().idNumber(), outcome, done.record().id(), List.of());
		}
		catch (RecordRefused ex) {
			return refused(index, idNumber, ex.refusals(), locale);
		}
		catch (NotFoundException ex) {
			return refused(index, idNumber, List.of(FieldRefusal.of("id_number", "personnel.exchange.outOfScope")),
					locale);
		}
		catch (RuleViolationException ex) {
			return new SyncResult(index, idNumber, Outcome.REFUSED, null, List.of(new Problem(null,
					messages.getMessage(ex.getMessageKey(), ex.getArguments(), ex.getMessageKey(), locale))));
		}
	}

	private SyncResult refused(int index, String idNumber, List<FieldRefusal> refusals, Locale locale) {
		List<Problem> problems = refusals.stream()
			.map(r -> new Problem(r.field(), messages.getMessage(r.refusal().messageKey(),
					r.refusal().arguments().toArray(), r.refusal().messageKey(), locale)))
			.toList();
		return new SyncResult(index, idNumber, Outcome.REFUSED, null, problems);
	}

	private static int count(List<SyncResult> results, Outcome outcome) {
		return (int) results.stream().filter(r -> r.outcome() == outcome).count();
	}

	// ---- Helpers ----

	static Map<String, Object> visible(Map<String, Object> values, RecordSchema schema, ReadReach reach) {
		Map<String, Object> out = new LinkedHashMap<>();
		values.forEach((key, value) -> {
			boolean sensitive = schema.field(key).map(f -> f.group().sensitive()).orElse(false);
			if (reach.sensitive() || !sensitive) {
				out.put(key, value);
			}
		});
		return out;
	}

	private void auditExport(List<Long> ids, String what) {
		if (ids.isEmpty()) {
			return;
		}
		audit.record(AuditRecord.action(PersonnelRegistry.MODULE, "EXPORT", PersonnelRegistry.RECORD, null, null,
				null, Map.of("records", ids)).withSummary("data exchange: " + what + ", " + ids.size() + " records"));
	}

	private int pageSize(int limit) {
		return Math.max(1, Math.min(limit, settings.maxPage()));
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
