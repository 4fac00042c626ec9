package org.govict.personnel.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.govict.personnel.ChangeDetails;
import org.govict.personnel.ChangeKind;
import org.govict.personnel.FieldRefusal;
import org.govict.personnel.PersonnelRecord;
import org.govict.personnel.PersonnelRegistry;
import org.govict.personnel.RecordChange;
import org.govict.personnel.RecordPage;
import org.govict.personnel.RecordRefused;
import org.govict.personnel.RecordSchema;
import org.govict.personnel.RecordState;
import org.govict.platform.web.ApiController;
import org.govict.platform.web.NotFoundException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The personnel records for other systems: search, a record today or as it stood on a date, its history,
 * registering a person and recording changes. The caller's scope applies as on the pages, and every view of a record
 * goes on the audit trail. A refused record or change answers 422 with each field at fault.
 */
@ApiController("/api/v1/personnel/records")
@Tag(name = "Personnel records")
class RecordApi {

	private final PersonnelRegistry registry;

	private final RecordTexts texts;

	RecordApi(PersonnelRegistry registry, RecordTexts texts) {
		this.registry = registry;
		this.texts = texts;
	}

	@GetMapping
	@Operation(summary = "Records in the caller's scope: by name (diacritics and case ignored) or ID number, unit "
			+ "subtree, rank, position, education level, status and age; totals above 10,000 are lower bounds")
	RecordPage search(@RequestParam(required = false) String q, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) String rank, @RequestParam(required = false) String position,
			@RequestParam(required = false) String education, @RequestParam(required = false) String status,
			@RequestParam(required = false) Integer ageFrom, @RequestParam(required = false) Integer ageTo,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return registry.search(new RecordSearch(q, unit, rank, position, education, status, ageFrom, ageTo, page, size)
			.query());
	}

	@GetMapping("/{id}")
	@Operation(summary = "A record as it stands today, or as it stood on asOf (as known at knownAt, an instant)")
	RecordView get(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(required = false) Instant knownAt) {
		if (asOf == null) {
			return RecordView.of(registry.get(id));
		}
		RecordState state = registry.asOf(id, asOf, knownAt)
			.orElseThrow(() -> new NotFoundException("Personnel record on " + asOf, id));
		return new RecordView(id, state.idNumber(), state.unitId(), null, asOf, knownAt, state.values());
	}

	@GetMapping("/{id}/history")
	@Operation(summary = "Every change of a record in the order they take effect, with both dates; "
			+ "sensitive fields only for readers allowed to see them")
	List<RecordChange> history(@PathVariable long id) {
		return registry.history(id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Registers a person: field values by key (text as typed, or JSON numbers and lists of rows "
			+ "for tables) and the day the record takes effect")
	RecordView register(@RequestBody Registration registration) {
		PersonnelRecord record = registry.register(registration.fields() == null ? Map.of() : registration.fields(),
				new ChangeDetails(ChangeKind.REGISTERED, registration.effectiveOn(), registration.decisionNumber(),
						registration.decisionDate(), registration.note()));
		return RecordView.of(record);
	}

	@PostMapping("/{id}/changes")
	@Operation(summary = "Records a change of a kind: UPDATED sets the ordinary fields; TRANSFERRED, APPOINTED, "
			+ "RANK_CHANGED, SALARY_CHANGED and STATUS_CHANGED alone set the fields they govern. The version guards "
			+ "against overwriting a change made meanwhile (409)")
	RecordView change(@PathVariable long id, @RequestBody Change change) {
		if (change.kind() == null || change.kind().wholeRecord()) {
			throw new RecordRefused(FieldRefusal.of("kind", "personnel.records.api.kindNotAChange"));
		}
		PersonnelRecord record = registry.change(id, change.version(),
				change.fields() == null ? Map.of() : change.fields(), new ChangeDetails(change.kind(),
						change.effectiveOn(), change.decisionNumber(), change.decisionDate(), change.note()));
		return RecordView.of(record);
	}

	@ExceptionHandler(RecordRefused.class)
	ResponseEntity<ProblemDetail> refused(RecordRefused refused) {
		Locale locale = LocaleContextHolder.getLocale();
		RecordSchema schema = registry.schema();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				texts.message("personnel.records.refused.detail", locale));
		problem.setTitle(texts.message("personnel.records.refused", locale));
		problem.setType(URI.create("urn:govict:problem:personnel.records.refused"));
		problem.setProperty("errors", refused.refusals()
			.stream()
			.map(r -> new FieldProblem(r.field(), texts.refusal(r, schema, locale), r.refusal().messageKey()))
			.toList());
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(problem);
	}

	/**
	 * A record: its key, unit and version (for the next change), and its fields by key.
	 * @param asOf the day the record is shown as of; null for today
	 */
	record RecordView(long id, String idNumber, Long unitId, Integer version, LocalDate asOf, Instant knownAt,
			Map<String, Object> fields) {

		static RecordView of(PersonnelRecord record) {
			return new RecordView(record.id(), record.idNumber(), record.unitId(), record.version(), null, null,
					record.state().values());
		}
	}

	/** A person to register: field values by key and when the record takes effect (null: recruitment or today). */
	record Registration(Map<String, Object> fields, LocalDate effectiveOn, String decisionNumber,
			LocalDate decisionDate, String note) {
	}

	/** A change of a record; {@code version} is the record's version when it was read (null: no check). */
	record Change(ChangeKind kind, LocalDate effectiveOn, String decisionNumber, LocalDate decisionDate, String note,
			Map<String, Object> fields, Integer version) {
	}

	/** A field at fault (null for the record as a whole), what is wrong in the caller's language, and its code. */
	record FieldProblem(String field, String message, String code) {
	}
}
