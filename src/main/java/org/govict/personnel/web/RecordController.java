package org.govict.personnel.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.govict.personnel.ChangeDetails;
import org.govict.personnel.ChangeKind;
import org.govict.personnel.DataGroup;
import org.govict.personnel.FieldRefusal;
import org.govict.personnel.FieldType;
import org.govict.personnel.ListKind;
import org.govict.personnel.PersonnelDocuments;
import org.govict.personnel.PersonnelLists;
import org.govict.personnel.PersonnelRecord;
import org.govict.personnel.PersonnelRegistry;
import org.govict.personnel.RecordChange;
import org.govict.personnel.RecordField;
import org.govict.personnel.RecordHistory;
import org.govict.personnel.RecordPage;
import org.govict.personnel.RecordRefused;
import org.govict.personnel.RecordSchema;
import org.govict.personnel.RecordState;
import org.govict.personnel.RecordSummary;
import org.govict.platform.web.Flash;
import org.govict.platform.web.NotFoundException;
import org.govict.platform.web.RuleViolationException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of the personnel records: search, register a person, read a record (also as it stood on a past date,
 * with its history), change the ordinary fields of a group, and record transfers, appointments, promotions, salary
 * changes and changes of status as changes of their own kind.
 */
@Controller
class RecordController {

	static final String LIST = "personnel/records/list";

	static final String RESULTS = "personnel/records/fragments/results :: results";

	static final String DETAIL = "personnel/records/detail";

	static final String REGISTER = "personnel/records/register";

	static final String CHANGE = "personnel/records/change";

	static final String WARDS = "personnel/records/fragments/wards :: options";

	static final String COEFFICIENT = "personnel/records/fragments/coefficient :: coefficient";

	/** The kinds of change that have a form of their own, in the order the record page offers them. */
	static final List<ChangeKind> EVENTS = List.of(ChangeKind.TRANSFERRED, ChangeKind.APPOINTED,
			ChangeKind.RANK_CHANGED, ChangeKind.SALARY_CHANGED, ChangeKind.STATUS_CHANGED);

	/** The fields each event form asks for; the fields derived from them (grade, coefficient) follow. */
	static final Map<ChangeKind, List<String>> EVENT_FIELDS = Map.of(
			ChangeKind.TRANSFERRED, List.of("unit_id", "job_position"),
			ChangeKind.APPOINTED, List.of("position_code", "position_since", "concurrent_position"),
			ChangeKind.RANK_CHANGED, List.of("rank_code", "rank_since", "salary_grade", "salary_step", "salary_since"),
			ChangeKind.SALARY_CHANGED, List.of("salary_step", "salary_since", "over_frame_percent", "position_allowance"),
			ChangeKind.STATUS_CHANGED, List.of("status", "status_since"));

	/** The groups of the registration form; the others are filled in afterwards. */
	static final List<DataGroup> REGISTER_GROUPS = List.of(DataGroup.IDENTITY, DataGroup.POSITION,
			DataGroup.EDUCATION, DataGroup.EMPLOYMENT);

	/** Fields the registry derives at registration (grade from rank, coefficient from grade and step). */
	static final Set<String> DERIVED = Set.of("salary_grade", "coefficient", "status_since");

	private final PersonnelRegistry registry;

	private final PersonnelLists lists;

	private final RecordViews views;

	private final RecordTexts texts;

	private final PersonnelDocuments documents;

	RecordController(PersonnelRegistry registry, PersonnelLists lists, RecordViews views, RecordTexts texts,
			PersonnelDocuments documents) {
		this.registry = registry;
		this.documents = documents;
		this.lists = lists;
		this.views = views;
		this.texts = texts;
	}

	// ---- Search ----

	@GetMapping("/personnel/records")
	String search(RecordSearch search, @RequestHeader(name = "HX-Request", required = false) String htmx,
			@RequestHeader(name = "HX-Target", required = false) String htmxTarget, Model model, Locale locale) {
		RecordPage page = registry.search(search.query());
		model.addAttribute("search", search);
		model.addAttribute("page", page);
		model.addAttribute("rows", page.items().stream().map(r -> row(r, locale)).toList());
		model.addAttribute("criteria", search.queryString());
		model.addAttribute("previousQuery", search.pageQuery(page.page() - 1));
		model.addAttribute("nextQuery", search.pageQuery(page.page() + 1));
		model.addAttribute("pageCount", Math.max(1, (page.total() + page.size() - 1) / page.size()));
		if (htmx != null && "results".equals(htmxTarget)) {
			model.addAttribute("htmx", true);
			return RESULTS;
		}
		model.addAttribute("units", texts.visibleUnits());
		model.addAttribute("ranks", texts.entries(ListKind.RANKS));
		model.addAttribute("positions", texts.entries(ListKind.POSITIONS));
		model.addAttribute("educationLevels", texts.entries(ListKind.EDUCATION_LEVELS));
		model.addAttribute("statuses", RecordSchema.STATUSES);
		model.addAttribute("canChange", PersonnelRegistry.canChange());
		return LIST;
	}

	private ResultRow row(RecordSummary summary, Locale locale) {
		return new ResultRow(summary.id(), summary.fullName(), summary.idNumber(),
				texts.choiceName("sex", summary.sex(), locale), RecordTexts.day(summary.birthDate()),
				texts.unitName(summary.unitId(), locale), texts.listName(ListKind.RANKS, summary.rankCode(), locale),
				texts.listName(ListKind.POSITIONS, summary.positionCode(), locale),
				texts.choiceName("status", summary.status(), locale));
	}

	record ResultRow(long id, String name, String idNumber, String sex, String birthDate, String unit, String rank,
			String position, String status) {
	}

	// ---- Reading ----

	@GetMapping("/personnel/records/{id}")
	String detail(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(required = false) String knownAt, Model model, Locale locale) {
		RecordSchema schema = registry.schema();
		List<DataGroup> visible = PersonnelRegistry.visibleGroups();
		Instant known = instant(knownAt);
		RecordState state;
		if (asOf != null) {
			Optional<RecordState> then = registry.asOf(id, asOf, known);
			state = then.orElse(RecordState.EMPTY);
			model.addAttribute("asOf", asOf);
			model.addAttribute("asOfText", RecordTexts.day(asOf));
			model.addAttribute("knownAtText", known == null ? null : RecordTexts.moment(known));
			model.addAttribute("knownAtValue", known == null ? "" : LocalDateTime.ofInstant(known, RecordTexts.VIETNAM)
				.toString());
			model.addAttribute("notBegun", then.isEmpty());
			// The fields that read differently today, marked on the page so that nobody copies a past value.
			RecordState now = new RecordHistory(registry.history(id)).asOf(LocalDate.now()).orElse(RecordState.EMPTY);
			Set<String> changed = new java.util.HashSet<>(now.values().keySet());
			changed.addAll(state.values().keySet());
			changed.removeIf(key -> Objects.equals(now.get(key), state.get(key)));
			model.addAttribute("changedSince", then.isEmpty() ? Set.of() : changed);
		}
		else {
			PersonnelRecord record = registry.get(id);
			state = record.state();
			model.addAttribute("version", record.version());
		}
		List<RecordChange> changes = registry.history(id);
		model.addAttribute("id", id);
		model.addAttribute("state", state);
		model.addAttribute("header", header(state, locale));
		model.addAttribute("hasPhoto", documents.hasPhoto(id));
		model.addAttribute("groups", views.groups(schema, state, visible, locale));
		model.addAttribute("history", views.history(changes, schema, locale));
		model.addAttribute("salaryHistory", views.salaryHistory(changes, locale));
		model.addAttribute("workHistory", views.workHistory(changes, locale));
		model.addAttribute("canChange", asOf == null && PersonnelRegistry.canChange());
		model.addAttribute("events", EVENTS);
		model.addAttribute("hiddenGroups", DataGroup.values().length - visible.size());
		return DETAIL;
	}

	private Header header(RecordState state, Locale locale) {
		return new Header(state.fullName(), state.idNumber(), texts.unitName(state.unitId(), locale),
				texts.listName(ListKind.RANKS, state.text("rank_code"), locale),
				texts.listName(ListKind.POSITIONS, state.text("position_code"), locale),
				state.has("full_name") ? texts.choiceName("status", state.status(), locale) : "",
				RecordTexts.day(state.text("birth_date") == null ? "" : state.text("birth_date")),
				state.text("salary_step"), state.has("coefficient") ? state.decimal("coefficient").toPlainString() : "");
	}

	record Header(String name, String idNumber, String unit, String rank, String position, String status,
			String birthDate, String salaryStep, String coefficient) {
	}

	private static Instant instant(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Instant.parse(text);
		}
		catch (DateTimeParseException notAnInstant) {
			try {
				return LocalDateTime.parse(text).atZone(RecordTexts.VIETNAM).toInstant();
			}
			catch (DateTimeParseException unreadable) {
				return null;
			}
		}
	}

	// ---- Registering ----

	@GetMapping("/personnel/records/new")
	String registerForm(Model model, Locale locale) {
		requireChange();
		RecordForm form = RecordForm.of(RecordState.EMPTY, registerFields());
		form.details.put(RecordForm.EFFECTIVE_ON, "");
		return registerPage(form, Map.of(), List.of(), model, locale);
	}

	@PostMapping("/personnel/records/new")
	String register(@RequestParam MultiValueMap<String, String> params, Model model, Locale locale,
			RedirectAttributes redirect) {
		requireChange();
		RecordForm form = RecordForm.read(params, registerFields());
		Map<String, String> detailErrors = new LinkedHashMap<>();
		ChangeDetails details = form.changeDetails(ChangeKind.REGISTERED, detailErrors);
		if (!detailErrors.isEmpty()) {
			return registerPage(form, messages(detailErrors, locale), List.of(), model, locale);
		}
		try {
			PersonnelRecord record = registry.register(form.input(false), details);
			Flash.success(redirect, "personnel.records.registered", record.fullName());
			return "redirect:/personnel/records/" + record.id();
		}
		catch (RecordRefused refused) {
			Errors errors = errors(refused, locale);
			return registerPage(form, errors.byField, errors.global, model, locale);
		}
	}

	private List<RecordField> registerFields() {
		RecordSchema schema = registry.schema();
		return REGISTER_GROUPS.stream()
			.flatMap(g -> schema.fields(g).stream())
			.filter(f -> f.type() != FieldType.TABLE && f.type() != FieldType.LONG_TEXT && !DERIVED.contains(f.key()))
			.toList();
	}

	private String registerPage(RecordForm form, Map<String, List<String>> errors, List<String> global, Model model,
			Locale locale) {
		List<RecordField> fields = registerFields();
		List<Section> sections = new ArrayList<>();
		for (DataGroup group : REGISTER_GROUPS) {
			List<RecordField> inGroup = fields.stream().filter(f -> f.group() == group).toList();
			sections.add(new Section(group.slug(), texts.message(group.messageKey(), locale),
					views.inputs(inGroup, form, Set.of(), RecordState.EMPTY, errors, locale)));
		}
		model.addAttribute("sections", sections);
		addErrors(model, form, errors, global, sections, locale);
		return REGISTER;
	}

	record Section(String slug, String title, List<RecordViews.FieldInput> inputs) {
	}

	// ---- Changing a group ----

	@GetMapping("/personnel/records/{id}/edit/{group}")
	String editForm(@PathVariable long id, @PathVariable("group") String slug, Model model, Locale locale) {
		DataGroup group = changeableGroup(slug);
		PersonnelRecord record = registry.get(id);
		List<RecordField> fields = registry.schema().fields(group);
		RecordForm form = RecordForm.of(record.state(), editable(fields));
		form.version = record.version();
		return changePage(id, record.state(), group, null, fields, form, Map.of(), List.of(), model, locale);
	}

	@PostMapping("/personnel/records/{id}/edit/{group}")
	String edit(@PathVariable long id, @PathVariable("group") String slug,
			@RequestParam MultiValueMap<String, String> params, Model model, Locale locale,
			RedirectAttributes redirect) {
		DataGroup group = changeableGroup(slug);
		List<RecordField> fields = registry.schema().fields(group);
		RecordForm form = RecordForm.read(params, editable(fields));
		if (rowsChanged(params, form, fields)) {
			return changePage(id, registry.get(id).state(), group, null, fields, form, Map.of(), List.of(), model,
					locale);
		}
		return save(id, group, null, fields, form, form.input(true), model, locale, redirect);
	}

	private static List<RecordField> editable(List<RecordField> fields) {
		return fields.stream().filter(f -> f.governedBy().isEmpty()).toList();
	}

	/** Adds or removes a table row when one of those buttons sent the form, which then comes back unsaved. */
	private static boolean rowsChanged(MultiValueMap<String, String> params, RecordForm form,
			List<RecordField> fields) {
		String add = params.getFirst("addRow");
		String remove = params.getFirst("removeRow");
		if (add != null) {
			fields.stream().filter(f -> f.key().equals(add) && f.type() == FieldType.TABLE).findFirst()
				.ifPresent(form::addRow);
			return true;
		}
		if (remove != null && remove.contains(":")) {
			String table = remove.substring(0, remove.indexOf(':'));
			try {
				form.removeRow(table, Integer.parseInt(remove.substring(remove.indexOf(':') + 1)));
			}
			catch (NumberFormatException ignored) {
				// a tampered button value removes nothing
			}
			return true;
		}
		return false;
	}

	private DataGroup changeableGroup(String slug) {
		DataGroup group = DataGroup.ofSlug(slug).orElseThrow(() -> new NotFoundException("Data group", slug));
		requireChange();
		if (group.sensitive() && !PersonnelRegistry.canSeeSensitive()) {
			throw new AccessDeniedException("personnel.change.sensitiveGroup");
		}
		return group;
	}

	// ---- Changes of their own kind ----

	@GetMapping("/personnel/records/{id}/events/{kind}")
	String eventForm(@PathVariable long id, @PathVariable("kind") String kindName, Model model, Locale locale) {
		ChangeKind kind = event(kindName);
		PersonnelRecord record = registry.get(id);
		List<RecordField> fields = eventFields(kind);
		RecordForm form = RecordForm.of(record.state(), fields);
		// A "since" date is usually the day the change takes effect; left blank, it becomes that day.
		fields.stream().filter(f -> f.key().endsWith("_since")).forEach(f -> form.values.put(f.key(), ""));
		form.version = record.version();
		return changePage(id, record.state(), null, kind, fields, form, Map.of(), List.of(), model, locale);
	}

	@PostMapping("/personnel/records/{id}/events/{kind}")
	String recordEvent(@PathVariable long id, @PathVariable("kind") String kindName,
			@RequestParam MultiValueMap<String, String> params, Model model, Locale locale,
			RedirectAttributes redirect) {
		ChangeKind kind = event(kindName);
		requireChange();
		List<RecordField> fields = eventFields(kind);
		RecordForm form = RecordForm.read(params, fields);
		// A field emptied is cleared (a position given up), except the grade, which then follows from the rank.
		Map<String, Object> input = form.input(true);
		if (input.get("salary_grade") == null) {
			input.remove("salary_grade");
		}
		String effective = form.detail(RecordForm.EFFECTIVE_ON);
		String day = effective.isBlank() ? LocalDate.now().toString() : effective;
		fields.stream()
			.filter(f -> f.key().endsWith("_since") && input.get(f.key()) == null)
			.forEach(f -> input.put(f.key(), day));
		return save(id, null, kind, fields, form, input, model, locale, redirect);
	}

	private ChangeKind event(String name) {
		return EVENTS.stream()
			.filter(k -> k.name().equalsIgnoreCase(name))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Change kind", name));
	}

	private List<RecordField> eventFields(ChangeKind kind) {
		RecordSchema schema = registry.schema();
		return EVENT_FIELDS.get(kind).stream().map(k -> schema.field(k).orElseThrow()).toList();
	}

	private String save(long id, DataGroup group, ChangeKind kind, List<RecordField> fields, RecordForm form,
			Map<String, Object> input, Model model, Locale locale, RedirectAttributes redirect) {
		ChangeKind changeKind = kind == null ? ChangeKind.UPDATED : kind;
		Map<String, String> detailErrors = new LinkedHashMap<>();
		ChangeDetails details = form.changeDetails(changeKind, detailErrors);
		if (!detailErrors.isEmpty()) {
			return changePage(id, registry.get(id).state(), group, kind, fields, form, messages(detailErrors, locale),
					List.of(), model, locale);
		}
		try {
			registry.change(id, form.version, input, details);
			Flash.success(redirect, "personnel.records.changed", texts.message(changeKind.messageKey(), locale));
			return "redirect:/personnel/records/" + id + "#history";
		}
		catch (RecordRefused refused) {
			Errors errors = errors(refused, locale);
			return changePage(id, registry.get(id).state(), group, kind, fields, form, errors.byField, errors.global,
					model, locale);
		}
		catch (RuleViolationException stale) {
			return changePage(id, registry.get(id).state(), group, kind, fields, form, Map.of(),
					List.of(texts.message(stale.getMessageKey(), locale, stale.getArguments())), model, locale);
		}
	}

	private String changePage(long id, RecordState state, DataGroup group, ChangeKind kind, List<RecordField> fields,
			RecordForm form, Map<String, List<String>> errors, List<String> global, Model model, Locale locale) {
		Set<String> readOnly = group == null ? Set.of()
				: fields.stream().filter(f -> f.governedBy().isPresent()).map(RecordField::key)
					.collect(Collectors.toSet());
		List<RecordViews.FieldInput> inputs = views.inputs(fields, form, readOnly, state, errors, locale);
		model.addAttribute("id", id);
		model.addAttribute("name", state.fullName());
		model.addAttribute("group", group == null ? null : group.slug());
		model.addAttribute("kind", kind == null ? null : kind.name());
		model.addAttribute("title", group != null ? texts.message(group.messageKey(), locale)
				: texts.message(kind.messageKey(), locale));
		model.addAttribute("action", group != null ? "/personnel/records/" + id + "/edit/" + group.slug()
				: "/personnel/records/" + id + "/events/" + kind.name().toLowerCase(Locale.ROOT));
		model.addAttribute("inputs", inputs);
		model.addAttribute("version", form.version);
		if (kind == ChangeKind.SALARY_CHANGED || kind == ChangeKind.RANK_CHANGED) {
			String grade = state.text("salary_grade");
			model.addAttribute("currentGrade", grade);
			model.addAttribute("currentGradeName", texts.listName(ListKind.SALARY_GRADES, grade, locale));
			model.addAttribute("currentStep", state.text("salary_step"));
			model.addAttribute("currentCoefficient", state.has("coefficient") ? state.decimal("coefficient")
				.toPlainString() : "");
			model.addAttribute("steps", grade == null ? List.of() : lists.steps(grade, LocalDate.now()));
		}
		addErrors(model, form, errors, global, List.of(new Section("", "", inputs)), locale);
		return CHANGE;
	}

	/** The coefficient a grade and step give on a day, shown beside a salary change form as it is filled in. */
	@GetMapping("/personnel/records/coefficient")
	String coefficient(@RequestParam(name = "salary_grade", required = false) String grade,
			@RequestParam(name = "salary_step", required = false) String step,
			@RequestParam(name = "salary_since", required = false) String since,
			@RequestParam(name = RecordForm.EFFECTIVE_ON, required = false) String effectiveOn, Model model) {
		if (!PersonnelRegistry.canRead()) {
			throw new AccessDeniedException("personnel.access.denied");
		}
		Optional<BigDecimal> coefficient = Optional.empty();
		try {
			LocalDate day = since != null && !since.isBlank() ? LocalDate.parse(since)
					: effectiveOn != null && !effectiveOn.isBlank() ? LocalDate.parse(effectiveOn) : LocalDate.now();
			if (grade != null && !grade.isBlank() && step != null && !step.isBlank()) {
				coefficient = lists.coefficient(grade, Integer.parseInt(step.strip()), day);
			}
		}
		catch (RuntimeException unreadable) {
			// nothing to show until the step and date can be read
		}
		model.addAttribute("coefficient", coefficient.map(BigDecimal::toPlainString).orElse(null));
		return COEFFICIENT;
	}

	@GetMapping("/personnel/records/wards")
	String wardOptions(@RequestParam Map<String, String> params, Model model) {
		String province = params.entrySet()
			.stream()
			.filter(e -> e.getKey().endsWith("_province"))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(null);
		model.addAttribute("wards", views.wardOptions(province));
		return WARDS;
	}

	// ---- Errors ----

	private record Errors(Map<String, List<String>> byField, List<String> global) {
	}

	private Errors errors(RecordRefused refused, Locale locale) {
		RecordSchema schema = registry.schema();
		Map<String, List<String>> byField = new LinkedHashMap<>();
		List<String> global = new ArrayList<>();
		for (FieldRefusal refusal : refused.refusals()) {
			String message = texts.refusal(refusal, schema, locale);
			if (refusal.field() == null) {
				global.add(message);
			}
			else {
				byField.computeIfAbsent(refusal.field(), k -> new ArrayList<>()).add(message);
			}
		}
		return new Errors(byField, global);
	}

	/** Errors in the details of a change: dates that cannot be read, by field, with the text as typed. */
	private Map<String, List<String>> messages(Map<String, String> keys, Locale locale) {
		Map<String, List<String>> byField = new LinkedHashMap<>();
		keys.forEach((field, typed) -> byField.put(field, List.of(texts.message("personnel.value.date", locale, typed))));
		return byField;
	}

	/**
	 * The error summary above the form: every error with a link to its field, fields outside the form (the
	 * details of the change) included.
	 */
	private void addErrors(Model model, RecordForm form, Map<String, List<String>> errors, List<String> global,
			List<Section> sections, Locale locale) {
		Map<String, String> labels = new LinkedHashMap<>();
		sections.forEach(s -> s.inputs().forEach(i -> labels.put(i.key(), i.label())));
		List<SummaryLine> summary = new ArrayList<>();
		global.forEach(message -> summary.add(new SummaryLine(null, null, message)));
		RecordSchema schema = registry.schema();
		errors.forEach((field, messages) -> {
			String label = labels.containsKey(field) ? labels.get(field)
					: schema.field(field).map(f -> texts.label(f, locale))
						.orElse(texts.message("personnel.records.details." + field, locale));
			messages.forEach(message -> summary.add(new SummaryLine(field, label, message)));
		});
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("summary", summary);
		model.addAttribute("details", form.details);
	}

	record SummaryLine(String field, String label, String message) {
	}

	private static void requireChange() {
		if (!PersonnelRegistry.canChange()) {
			throw new AccessDeniedException("personnel.access.denied");
		}
	}

}
