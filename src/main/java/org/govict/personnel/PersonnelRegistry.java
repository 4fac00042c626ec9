package org.govict.personnel;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.govict.audit.AuditRecord;
import org.govict.audit.AuditTrail;
import org.govict.organisation.Organisation;
import org.govict.organisation.OrganisationUnit;
import org.govict.personnel.internal.Consents;
import org.govict.personnel.internal.ReadReach;
import org.govict.personnel.internal.CustomFields;
import org.govict.personnel.internal.Records;
import org.govict.personnel.internal.ReferenceSnapshot;
import org.govict.personnel.internal.ReferenceSnapshots;
import org.govict.platform.security.CurrentUser;
import org.govict.platform.security.DataScope;
import org.govict.platform.security.Roles;
import org.govict.platform.web.NotFoundException;
import org.govict.platform.web.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The personnel records (hồ sơ cán bộ, công chức, viên chức): registering people, changing their records through
 * changes of a kind and an effective date, reading a record as it stood on any date, and searching.
 * <p>
 * HR officers (and system administrators) change records; leaders read them. Everyone works within their data
 * scope, and the ministry level (PERSONNEL_NATIONAL) sees every record; a record outside the scope is "not found". A
 * reader from another agency's tree (a ministry reading a province's record through a granted subtree) needs the
 * person's recorded consent. The
 * sensitive groups (family, assets and income, health) are hidden from, and cannot be changed by, readers without
 * the PERSONNEL_SENSITIVE role. Every view goes on the audit trail.
 */
@Service
public class PersonnelRegistry {

	static final String MODULE = "personnel";

	static final String RECORD = "PersonnelRecord";

	public static final String HR_OFFICER = "HR_OFFICER";

	public static final String SENSITIVE = "PERSONNEL_SENSITIVE";

	/** The ministry level of the national database: sees every record in the country. */
	public static final String NATIONAL = "PERSONNEL_NATIONAL";

	private final Records records;

	private final CustomFields customFields;

	private final Consents consents;

	private final ReferenceSnapshots references;

	private final Organisation organisation;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PersonnelRegistry(Records records, CustomFields customFields, Consents consents, ReferenceSnapshots references,
			Organisation organisation, AuditTrail audit, ApplicationEventPublisher events,
			Optional<Clock> clock) {
		this.records = records;
		this.customFields = customFields;
		this.consents = consents;
		this.references = references;
		this.organisation = organisation;
		this.audit = audit;
		this.events = events;
		this.clock = clock.orElse(Clock.systemDefaultZone());
	}

	// ---- Who may do what ----

	public static boolean canRead() {
		return CurrentUser.hasRole(Roles.SYSTEM_ADMIN) || CurrentUser.hasRole(HR_OFFICER)
				|| CurrentUser.hasRole(Roles.LEADER);
	}

	public static boolean canChange() {
		return CurrentUser.hasRole(Roles.SYSTEM_ADMIN) || CurrentUser.hasRole(HR_OFFICER);
	}

	public static boolean canSeeSensitive() {
		return CurrentUser.hasRole(SENSITIVE) || CurrentUser.hasRole(Roles.SYSTEM);
	}

	/** The groups the current user may see. */
	public static List<DataGroup> visibleGroups() {
		boolean sensitive = canSeeSensitive();
		return java.util.Arrays.stream(DataGroup.values()).filter(g -> sensitive || !g.sensitive()).toList();
	}

	// ---- Reading ----

	/** The fields of a record: the built-in ones and the custom fields now in use. */
	@Transactional(readOnly = true)
	public RecordSchema schema() {
		return RecordSchema.with(customFields.active());
	}

	/** The record as it stands today; the view goes on the audit trail. */
	@Transactional
	public PersonnelRecord get(long id) {
		PersonnelRecord record = readable(id, schema());
		audit.record(AuditRecord.viewed(MODULE, RECORD, id, record.unitId()));
		return visiblePart(record);
	}

	/**
	 * Checks that the current user may read the record, as {@link #get} does, without auditing a view: for the
	 * parts of a page whose view is audited once already (the record's photo).
	 * @throws NotFoundException outside the reader's scope
	 */
	@Transactional(readOnly = true)
	public void requireReadable(long id) {
		readable(id, schema());
	}

	/** The record with the given personal ID number, if the current user may see it; the view is audited. */
	@Transactional
	public Optional<PersonnelRecord> findByIdNumber(String idNumber) {
		return records.idOf(idNumber).flatMap(id -> {
			try {
				return Optional.of(get(id));
			}
			catch (NotFoundException ex) {
				return Optional.empty();
			}
		});
	}

	/**
	 * The record as it stood on {@code day}, as known at {@code knownAt} (null: as known now); empty when the record
	 * had not yet begun then. The view is audited.
	 */
	@Transactional
	public Optional<RecordState> asOf(long id, LocalDate day, Instant knownAt) {
		RecordSchema schema = schema();
		PersonnelRecord record = readable(id, schema);
		audit.record(AuditRecord.viewed(MODULE, RECORD, id, record.unitId())
			.withSummary("as of " + day + (knownAt == null ? "" : " known at " + knownAt)));
		return new RecordHistory(records.changes(id, schema)).asOf(day, knownAt).map(this::visiblePart);
	}

	/** Every change of the record in the order they take effect, limited to the groups the reader may see. */
	@Transactional(readOnly = true)
	public List<RecordChange> history(long id) {
		RecordSchema schema = schema();
		readable(id, schema);
		return records.changes(id, schema).stream().map(this::visiblePart).toList();
	}

	@Transactional(readOnly = true)
	public RecordPage search(RecordQuery query) {
		requireRead();
		List<String> prefixes = scopePrefixes();
		String unitPrefix = null;
		if (query.unitId() != null) {
			unitPrefix = organisation.findUnscoped(query.unitId())
				.map(OrganisationUnit::path)
				.filter(path -> prefixes == null || prefixes.stream().anyMatch(path::startsWith))
				.orElseThrow(() -> new NotFoundException("Unit", query.unitId()));
		}
		return records.search(query, prefixes, unitPrefix);
	}

	// ---- Changing ----

	/**
	 * Registers a person. The input holds field values by key, as text or JSON values; the change takes effect on
	 * {@code details.effectiveOn}, or on the recruitment date, or today.
	 * @throws RecordRefused with every reason when the record breaks a rule
	 */
	@Transactional
	public PersonnelRecord register(Map<String, ?> input, ChangeDetails details) {
		requireChange();
		RecordSchema schema = schema();
		Map<String, Object> values = readInput(input, schema, false, ChangeKind.REGISTERED);
		values.putIfAbsent("status", "ACTIVE");
		String idNumber = (String) values.get("id_number");
		if (idNumber != null && records.idOf(idNumber).isPresent()) {
			throw new RecordRefused(FieldRefusal.of("id_number", "personnel.id.taken", idNumber));
		}
		ReferenceSnapshot reference = references.take();
		RecordState state = RecordRules.complete(RecordState.EMPTY.with(values), reference);
		LocalDate today = LocalDate.now(clock);
		refuseIfBroken(RecordRules.check(state, schema, reference, today));
		OrganisationUnit unit = writableUnit(state.unitId());
		LocalDate effective = details.effectiveOn() != null ? details.effectiveOn()
				: state.has("recruited_on") ? state.date("recruited_on") : today;
		if (effective.isAfter(today)) {
			throw new RecordRefused(FieldRefusal.of("effectiveOn", "personnel.change.registerInFuture"));
		}
		long id = records.insert(state, unit.path());
		Map<String, Object> changes = new LinkedHashMap<>(state.values());
		long changeId = records.insertChange(id, details, effective, CurrentUser.actorName(), changes, true);
		refreshPeriods(id, schema, reference);
		audit.record(AuditRecord.created(MODULE, RECORD, id, unit.id(), Map.of("fields", changes.keySet(), "kind",
				details.kind())));
		events.publishEvent(new PersonnelRecordChanged(id, changeId, details.kind(), unit.id(), effective,
				changes.keySet()));
		return get(id);
	}

	/**
	 * Records a change. Only a change of the governing kind sets a governed field (a transfer sets the unit, a
	 * salary change the step); the record's version guards against overwriting a change made meanwhile (null: no
	 * check). A change that takes effect later waits until its day.
	 * @throws RecordRefused with every reason when the change or the record it leads to breaks a rule
	 */
	@Transactional
	public PersonnelRecord change(long id, Integer version, Map<String, ?> input, ChangeDetails details) {
		requireChange();
		if (details.kind().wholeRecord()) {
			throw new IllegalArgumentException("use register or upsert for " + details.kind());
		}
		RecordSchema schema = schema();
		Map<String, Object> values = readInput(input, schema, false, details.kind());
		return applyChange(id, version, values, details, schema, references.take()).record();
	}

	/**
	 * Creates or updates the record with the input's ID number, for imports of single rows and systems that sync
	 * into the registry. Only fields whose values differ become the change, so the same input twice changes nothing.
	 */
	@Transactional
	public UpsertResult upsert(Map<String, ?> input, ChangeDetails details) {
		requireChange();
		ReferenceSnapshot reference = references.take();
		RecordSchema schema = schema();
		Map<String, Object> values = readInput(input, schema, true, details.kind());
		String idNumber = (String) values.get("id_number");
		Optional<Long> existing = idNumber == null ? Optional.empty() : records.idOf(idNumber);
		if (existing.isEmpty()) {
			return new UpsertResult(UpsertResult.Outcome.CREATED, register(values, details));
		}
		PersonnelRecord current = records.find(existing.get(), schema).orElseThrow();
		Map<String, Object> differing = new LinkedHashMap<>();
		values.forEach((key, value) -> {
			if (!Objects.equals(value, current.state().get(key))) {
				differing.put(key, value);
			}
		});
		if (differing.isEmpty()) {
			readable(current.id(), schema);
			return new UpsertResult(UpsertResult.Outcome.UNCHANGED, visiblePart(current));
		}
		return applyChange(current.id(), null, differing, details, schema, reference);
	}

	/** Applies the changes whose day has come; run daily, and harmless to run again. */
	@Transactional
	public int applyDueChanges() {
		LocalDate today = LocalDate.now(clock);
		RecordSchema schema = schema();
		ReferenceSnapshot reference = references.take();
		List<Long> due = records.recordsWithPendingChanges(today);
		for (long id : due) {
			PersonnelRecord record = records.lock(id, schema).orElseThrow();
			RecordState state = new RecordHistory(records.changes(id, schema)).asOf(today).orElseThrow();
			records.update(id, record.version(), state, unitPath(state.unitId(), reference));
			records.markApplied(id, today);
		}
		return due.size();
	}

	private UpsertResult applyChange(long id, Integer version, Map<String, Object> values, ChangeDetails details,
			RecordSchema schema, ReferenceSnapshot reference) {
		PersonnelRecord current = records.lock(id, schema)
			.filter(r -> isVisible(r))
			.orElseThrow(() -> new NotFoundException(RECORD, id));
		writableUnit(current.unitId());
		if (version != null && version != current.version()) {
			throw new RuleViolationException("personnel.record.changedMeanwhile");
		}
		LocalDate today = LocalDate.now(clock);
		LocalDate effective = details.effectiveOn() != null ? details.effectiveOn() : today;
		List<RecordChange> past = records.changes(id, schema);
		RecordHistory before = new RecordHistory(past);
		RecordState stateThen = before.asOf(effective).orElse(RecordState.EMPTY);
		Map<String, Object> changes = new LinkedHashMap<>();
		values.forEach((key, value) -> {
			if (!Objects.equals(value, stateThen.get(key))) {
				changes.put(key, value);
			}
		});
		if (changes.isEmpty()) {
			throw new RecordRefused(FieldRefusal.of(null, "personnel.change.nothing"));
		}
		// Fields that follow from the changed ones (the coefficient of a new step) become part of the change.
		RecordState after = stateThen.with(changes);
		Map<String, Object> derivable = new LinkedHashMap<>(changes);
		if (changes.containsKey("rank_code") && !changes.containsKey("salary_grade")) {
			derivable.put("salary_grade", null);
		}
		if ((changes.containsKey("salary_step") || changes.containsKey("salary_grade")
				|| changes.containsKey("salary_since")) && !changes.containsKey("coefficient")) {
			derivable.put("coefficient", null);
		}
		RecordState completed = RecordRules.complete(stateThen.with(derivable), reference);
		for (String key : derivable.keySet()) {
			if (!changes.containsKey(key) && completed.has(key)) {
				changes.put(key, completed.get(key));
			}
		}
		after = stateThen.with(changes);
		List<FieldRefusal> refusals = new ArrayList<>(RecordRules.check(after, schema, reference, today));
		RecordChange proposed = new RecordChange(Long.MAX_VALUE, id, details.kind(), effective, Instant.now(clock),
				CurrentUser.actorName(), details.decisionNumber(), details.decisionDate(), details.note(), changes,
				!effective.isAfter(today));
		List<RecordChange> all = new ArrayList<>(past);
		all.add(proposed);
		RecordHistory history = new RecordHistory(all);
		RecordState now = history.asOf(today).orElse(after);
		if (!now.equals(after)) {
			refusals.addAll(RecordRules.check(now, schema, reference, today));
		}
		refuseIfBroken(refusals.stream().distinct().toList());
		if (changes.containsKey("id_number")) {
			records.idOf((String) changes.get("id_number"))
				.filter(other -> other != id)
				.ifPresent(other -> {
					throw new RecordRefused(FieldRefusal.of("id_number", "personnel.id.taken", changes.get("id_number")));
				});
		}
		if (now.unitId() != null && !now.unitId().equals(current.unitId())) {
			writableUnit(now.unitId());
		}
		long changeId = records.insertChange(id, details, effective, CurrentUser.actorName(), changes,
				proposed.applied());
		if (!records.update(id, current.version(), now, unitPath(now.unitId(), reference))) {
			throw new RuleViolationException("personnel.record.changedMeanwhile");
		}
		refreshPeriods(id, schema, reference);
		Map<String, Object> beforeValues = new LinkedHashMap<>();
		changes.keySet().forEach(k -> beforeValues.put(k, sensitiveKey(schema, k) ? "…" : stateThen.get(k)));
		Map<String, Object> afterValues = new LinkedHashMap<>();
		changes.forEach((k, v) -> afterValues.put(k, sensitiveKey(schema, k) ? "…" : v));
		audit.record(AuditRecord.changed(MODULE, RECORD, id, now.unitId(), beforeValues, afterValues)
			.withSummary(details.kind() + " effective " + effective));
		events.publishEvent(new PersonnelRecordChanged(id, changeId, details.kind(), now.unitId(), effective,
				Set.copyOf(changes.keySet())));
		PersonnelRecord saved = records.find(id, schema).orElseThrow();
		return new UpsertResult(UpsertResult.Outcome.UPDATED, visiblePart(saved));
	}

	private void refreshPeriods(long id, RecordSchema schema, ReferenceSnapshot reference) {
		records.replacePeriods(id, new RecordHistory(records.changes(id, schema)).periods(),
				unitId -> unitPath(unitId, reference));
	}

	private static String unitPath(Long unitId, ReferenceSnapshot reference) {
		return reference.unit(unitId).map(OrganisationUnit::path).orElseThrow();
	}

	private Map<String, Object> readInput(Map<String, ?> input, RecordSchema schema, boolean repairIds,
			ChangeKind kind) {
		List<FieldRefusal> refusals = new ArrayList<>();
		Map<String, Object> values = RecordRules.read(input, schema, repairIds, refusals);
		boolean sensitive = canSeeSensitive();
		for (String key : values.keySet()) {
			RecordField field = schema.field(key).orElseThrow();
			if (field.group().sensitive() && !sensitive) {
				refusals.add(FieldRefusal.of(key, "personnel.change.sensitiveGroup"));
			}
			else if (!kind.wholeRecord() && field.governedBy().isPresent() && !kind.governedFields().contains(key)) {
				refusals.add(FieldRefusal.of(key, "personnel.change.governed", field.governedBy().get().messageKey()));
			}
		}
		refuseIfBroken(refusals);
		return values;
	}

	private static void refuseIfBroken(List<FieldRefusal> refusals) {
		if (!refusals.isEmpty()) {
			throw new RecordRefused(refusals);
		}
	}

	private PersonnelRecord readable(long id, RecordSchema schema) {
		requireRead();
		PersonnelRecord record = records.find(id, schema)
			.filter(this::isVisible)
			.orElseThrow(() -> new NotFoundException(RECORD, id));
		requireConsent(record);
		return record;
	}

	/** The path prefixes of the records the current user may see; null when they see every record. */
	public List<String> scopePrefixes() {
		DataScope scope = CurrentUser.scope();
		if (scope.unrestricted() || CurrentUser.hasRole(NATIONAL)) {
			return null;
		}
		return organisation.pathPrefixes(scope);
	}

	/**
	 * What the current reader may read in bulk (the data exchange): the same scope, consent and sensitive-group
	 * rules as a single record, as one condition on many rows.
	 */
	ReadReach readReach() {
		requireRead();
		DataScope scope = CurrentUser.scope();
		String home = null;
		if (!(scope.unrestricted() || CurrentUser.hasRole(NATIONAL) || scope.homeUnitId() == null)) {
			home = organisation.findUnscoped(scope.homeUnitId()).map(OrganisationUnit::path).orElse("/");
		}
		return new ReadReach(scopePrefixes(), home, canSeeSensitive());
	}

	private boolean isVisible(PersonnelRecord record) {
		List<String> prefixes = scopePrefixes();
		return prefixes == null || prefixes.stream().anyMatch(record.unitPath()::startsWith);
	}

	/**
	 * Access from another agency's tree (the reader's unit and the record's unit under different roots) needs the
	 * person's consent to that agency; the ministry level and the platform itself need none.
	 */
	private void requireConsent(PersonnelRecord record) {
		DataScope scope = CurrentUser.scope();
		if (scope.unrestricted() || CurrentUser.hasRole(NATIONAL) || scope.homeUnitId() == null) {
			return;
		}
		String home = organisation.findUnscoped(scope.homeUnitId()).map(OrganisationUnit::path).orElse("");
		if (root(record.unitPath()).equals(root(home))) {
			return;
		}
		if (!consents.given(record.id(), home, LocalDate.now(clock))) {
			throw new AccessDeniedException("personnel.access.consentNeeded");
		}
	}

	private static String root(String path) {
		int second = path.indexOf('/', 1);
		return second < 0 ? path : path.substring(0, second + 1);
	}

	private OrganisationUnit writableUnit(Long unitId) {
		List<String> prefixes = scopePrefixes();
		return Optional.ofNullable(unitId)
			.flatMap(organisation::findUnscoped)
			.filter(unit -> prefixes == null || prefixes.stream().anyMatch(unit.path()::startsWith))
			.orElseThrow(() -> new RecordRefused(FieldRefusal.of("unit_id", "personnel.value.unitOutOfScope")));
	}

	private static void requireRead() {
		if (!canRead()) {
			throw new AccessDeniedException("personnel.access.denied");
		}
	}

	private static void requireChange() {
		if (!canChange()) {
			throw new AccessDeniedException("personnel.access.denied");
		}
	}

	private static boolean sensitiveKey(RecordSchema schema, String key) {
		return schema.field(key).map(f -> f.group().sensitive()).orElse(false);
	}

	private PersonnelRecord visiblePart(PersonnelRecord record) {
		return canSeeSensitive() ? record
				: new PersonnelRecord(record.id(), record.idNumber(), record.unitId(), record.unitPath(),
						record.version(), visiblePart(record.state()), record.createdAt(), record.updatedAt());
	}

	private RecordState visiblePart(RecordState state) {
		if (canSeeSensitive()) {
			return state;
		}
		RecordSchema schema = schema();
		Map<String, Object> visible = new LinkedHashMap<>();
		state.values().forEach((k, v) -> {
			if (!sensitiveKey(schema, k)) {
				visible.put(k, v);
			}
		});
		return new RecordState(visible);
	}

	private RecordChange visiblePart(RecordChange change) {
		if (canSeeSensitive()) {
			return change;
		}
		RecordSchema schema = schema();
		Map<String, Object> visible = new LinkedHashMap<>();
		change.changes().forEach((k, v) -> {
			if (!sensitiveKey(schema, k)) {
				visible.put(k, v);
			}
		});
		return new RecordChange(change.id(), change.recordId(), change.kind(), change.effectiveOn(),
				change.recordedAt(), change.recordedBy(), change.decisionNumber(), change.decisionDate(),
				change.note(), visible, change.applied());
	}

	/** What an upsert did, and the record after it. */
	public record UpsertResult(Outcome outcome, PersonnelRecord record) {

		public enum Outcome {
			CREATED, UPDATED, UNCHANGED
		}
	}
}
