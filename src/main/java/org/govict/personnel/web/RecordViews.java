package org.govict.personnel.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.govict.personnel.ChangeKind;
import org.govict.personnel.DataGroup;
import org.govict.personnel.FieldType;
import org.govict.personnel.ListKind;
import org.govict.personnel.RecordChange;
import org.govict.personnel.RecordField;
import org.govict.personnel.RecordSchema;
import org.govict.personnel.RecordState;
import org.govict.reference.AdministrativeAreas;
import org.springframework.stereotype.Component;

/** Turns records, their histories and forms into what the record pages show. */
@Component
class RecordViews {

	private final RecordTexts texts;

	private final AdministrativeAreas areas;

	RecordViews(RecordTexts texts, AdministrativeAreas areas) {
		this.texts = texts;
		this.areas = areas;
	}

	// ---- Reading ----

	/** The groups the reader may see, each with every field of the schema and its value in the state. */
	List<GroupView> groups(RecordSchema schema, RecordState state, Collection<DataGroup> visible, Locale locale) {
		List<GroupView> groups = new ArrayList<>();
		for (DataGroup group : DataGroup.values()) {
			if (!visible.contains(group)) {
				continue;
			}
			List<FieldView> fields = new ArrayList<>();
			for (RecordField field : schema.fields(group)) {
				if (field.type() == FieldType.TABLE) {
					List<String> columns = field.columns().stream().map(c -> texts.columnLabel(c, locale)).toList();
					List<List<String>> rows = state.table(field.key())
						.stream()
						.map(row -> field.columns().stream().map(c -> row.getOrDefault(c, "")).map(this::cell).toList())
						.toList();
					fields.add(new FieldView(field.key(), texts.label(field, locale), "", true, columns, rows,
							field.custom()));
				}
				else {
					fields.add(new FieldView(field.key(), texts.label(field, locale),
							texts.value(field, state.get(field.key()), locale), false, List.of(), List.of(),
							field.custom()));
				}
			}
			groups.add(new GroupView(group.slug(), texts.message(group.messageKey(), locale), group.sensitive(), fields));
		}
		return groups;
	}

	private String cell(String text) {
		return text == null ? "" : text.matches("\\d{4}-\\d{2}-\\d{2}") ? RecordTexts.day(text) : text;
	}

	/**
	 * The changes, latest first, each with the values its fields had before it: the record is folded in the order
	 * the changes take effect, so "before" is the value on the day before the change as now known.
	 */
	List<ChangeView> history(List<RecordChange> changes, RecordSchema schema, Locale locale) {
		List<ChangeView> views = new ArrayList<>();
		Map<String, Object> state = new LinkedHashMap<>();
		for (RecordChange change : inEffectOrder(changes)) {
			List<FieldChangeView> fields = new ArrayList<>();
			change.changes().forEach((key, value) -> {
				schema.field(key).ifPresent(field -> fields.add(new FieldChangeView(texts.label(field, locale),
						shown(field, state.get(key), locale), shown(field, value, locale))));
				if (value == null) {
					state.remove(key);
				}
				else {
					state.put(key, value);
				}
			});
			views.add(new ChangeView(change.id(), texts.message(change.kind().messageKey(), locale),
					change.kind().name(), RecordTexts.day(change.effectiveOn()), RecordTexts.moment(change.recordedAt()),
					change.recordedBy(), change.decisionNumber(), RecordTexts.day(change.decisionDate()), change.note(),
					fields, change.applied()));
		}
		java.util.Collections.reverse(views);
		return views;
	}

	private String shown(RecordField field, Object value, Locale locale) {
		if (field.type() == FieldType.TABLE) {
			int rows = value instanceof List<?> list ? list.size() : 0;
			return texts.message("personnel.records.history.rows", locale, rows);
		}
		return value == null ? "—" : texts.value(field, value, locale);
	}

	/** The salary history: one line for each change that set the grade, step or coefficient, latest first. */
	List<SalaryLine> salaryHistory(List<RecordChange> changes, Locale locale) {
		Set<String> salaryFields = Set.of("salary_grade", "salary_step", "coefficient", "over_frame_percent");
		List<SalaryLine> lines = new ArrayList<>();
		Map<String, Object> state = new LinkedHashMap<>();
		for (RecordChange change : inEffectOrder(changes)) {
			state.putAll(withoutNulls(change.changes()));
			if (change.changes().keySet().stream().anyMatch(salaryFields::contains)) {
				Object since = state.get("salary_since");
				String day = since != null && change.changes().containsKey("salary_since") ? RecordTexts.day(since.toString())
						: RecordTexts.day(change.effectiveOn());
				lines.add(new SalaryLine(day, texts.message(change.kind().messageKey(), locale),
						texts.listName(ListKind.SALARY_GRADES, text(state.get("salary_grade")), locale),
						text(state.get("salary_step")), coefficient(state.get("coefficient")),
						text(state.get("over_frame_percent")), change.decisionNumber()));
			}
		}
		java.util.Collections.reverse(lines);
		return lines;
	}

	/** The work history from the changes: where the person worked and in which post, from when, latest first. */
	List<WorkLine> workHistory(List<RecordChange> changes, Locale locale) {
		List<WorkLine> lines = new ArrayList<>();
		Map<String, Object> state = new LinkedHashMap<>();
		for (RecordChange change : inEffectOrder(changes)) {
			state.putAll(withoutNulls(change.changes()));
			boolean moves = change.kind() == ChangeKind.TRANSFERRED || change.kind() == ChangeKind.APPOINTED
					|| change.kind() == ChangeKind.STATUS_CHANGED
					|| (change.kind().wholeRecord() && change.changes().containsKey("unit_id"));
			if (moves) {
				Object unit = state.get("unit_id");
				lines.add(new WorkLine(RecordTexts.day(change.effectiveOn()),
						texts.message(change.kind().messageKey(), locale),
						unit == null ? "" : texts.unitName(Long.valueOf(unit.toString()), locale),
						text(state.get("job_position")),
						texts.listName(ListKind.POSITIONS, text(state.get("position_code")), locale),
						texts.choiceName("status", text(state.get("status")), locale), change.decisionNumber()));
			}
		}
		java.util.Collections.reverse(lines);
		return lines;
	}

	private static List<RecordChange> inEffectOrder(List<RecordChange> changes) {
		return changes.stream()
			.sorted(Comparator.comparing(RecordChange::effectiveOn).thenComparing(RecordChange::recordedAt)
				.thenComparingLong(RecordChange::id))
			.toList();
	}

	private static Map<String, Object> withoutNulls(Map<String, Object> changes) {
		Map<String, Object> kept = new LinkedHashMap<>();
		changes.forEach((k, v) -> {
			if (v != null) {
				kept.put(k, v);
			}
		});
		return kept;
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString();
	}

	private static String coefficient(Object value) {
		if (value == null) {
			return "";
		}
		return new BigDecimal(value.toString()).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
	}

	// ---- Forms ----

	/**
	 * The inputs of a form for the given fields; {@code readOnly} fields are shown with their value and the kind of
	 * change that sets them.
	 */
	List<FieldInput> inputs(List<RecordField> fields, RecordForm form, Set<String> readOnly, RecordState state,
			Map<String, List<String>> errors, Locale locale) {
		List<FieldInput> inputs = new ArrayList<>();
		for (RecordField field : fields) {
			String label = texts.label(field, locale);
			List<String> fieldErrors = errors.getOrDefault(field.key(), List.of());
			if (readOnly.contains(field.key())) {
				inputs.add(FieldInput.readOnly(field, label, texts.value(field, state.get(field.key()), locale),
						field.governedBy().map(ChangeKind::name).orElse(null),
						field.governedBy().map(k -> texts.message(k.messageKey(), locale)).orElse(null)));
				continue;
			}
			String value = form.value(field.key());
			List<Option> options = switch (field.type()) {
				case CHOICE -> field.options()
					.stream()
					.map(o -> new Option(o, texts.choiceName(field.key(), o, locale)))
					.toList();
				case LIST -> texts.entries(field.list())
					.stream()
					.map(e -> new Option(e.code(), e.code() + " – " + e.name(locale)))
					.toList();
				case PROVINCE -> areas.provinces().stream().map(p -> new Option(p.code(), p.name())).toList();
				case WARD -> wardOptions(form.value(field.key().replace("_ward", "_province")));
				case UNIT -> texts.visibleUnits()
					.stream()
					.map(u -> new Option(String.valueOf(u.id()), "\u00a0\u00a0".repeat(Math.max(0, u.depth() - 1))
							+ u.name(locale)))
					.toList();
				default -> List.of();
			};
			if (!value.isEmpty() && !options.isEmpty() && options.stream().noneMatch(o -> o.value().equals(value))) {
				// A code no longer offered (an inactive list entry, a unit outside the scope) stays selectable as it is.
				List<Option> kept = new ArrayList<>(options);
				kept.add(0, new Option(value, texts.value(field, value, locale)));
				options = kept;
			}
			String input = switch (field.type()) {
				case LONG_TEXT -> "textarea";
				case DATE -> "date";
				case INTEGER, DECIMAL -> "number";
				case CHOICE, LIST, PROVINCE, WARD, UNIT -> "select";
				case TABLE -> "table";
				default -> "text";
			};
			String wardTarget = field.type() == FieldType.PROVINCE
					&& fields.stream().anyMatch(f -> f.key().equals(field.key().replace("_province", "_ward")))
							? field.key().replace("_province", "_ward") : null;
			List<String> columnLabels = field.columns().stream().map(c -> texts.columnLabel(c, locale)).toList();
			List<Map<String, String>> rows = form.tables.getOrDefault(field.key(), List.of());
			inputs.add(new FieldInput(field.key(), label, input, value,
					options, field.required(), fieldErrors, wardTarget, field.columns(), columnLabels, rows, false, null,
					null, null, field.type() == FieldType.DECIMAL));
		}
		return inputs;
	}

	List<Option> wardOptions(String provinceCode) {
		if (provinceCode == null || provinceCode.isBlank()) {
			return List.of();
		}
		return areas.wardsOf(provinceCode).stream().map(w -> new Option(w.code(), w.name())).toList();
	}

	// ---- What the pages show ----

	record GroupView(String slug, String title, boolean sensitive, List<FieldView> fields) {
	}

	record FieldView(String key, String label, String text, boolean table, List<String> columns,
			List<List<String>> rows, boolean custom) {

		public boolean empty() {
			return table ? rows.isEmpty() : text.isEmpty();
		}
	}

	record ChangeView(long id, String kind, String kindCode, String effectiveOn, String recordedAt, String recordedBy,
			String decisionNumber, String decisionDate, String note, List<FieldChangeView> fields, boolean applied) {
	}

	record FieldChangeView(String label, String before, String after) {
	}

	record SalaryLine(String since, String kind, String grade, String step, String coefficient, String overFrame,
			String decisionNumber) {
	}

	record WorkLine(String from, String kind, String unit, String jobPosition, String position, String status,
			String decisionNumber) {
	}

	record Option(String value, String label) {
	}

	/**
	 * One input of a record form.
	 * @param input text, textarea, date, number, select or table
	 * @param wardTarget for a province: the ward select it fills
	 */
	record FieldInput(String key, String label, String input, String value, List<Option> options, boolean required,
			List<String> errors, String wardTarget, List<String> columns, List<String> columnLabels,
			List<Map<String, String>> rows, boolean readOnly, String shownValue, String governingKind,
			String governingKindName, boolean decimal) {

		static FieldInput readOnly(RecordField field, String label, String shown, String kind, String kindName) {
			return new FieldInput(field.key(), label, "readonly", "", List.of(), false, List.of(), null, List.of(),
					List.of(), List.of(), true, shown, kind, kindName, false);
		}
	}
}
