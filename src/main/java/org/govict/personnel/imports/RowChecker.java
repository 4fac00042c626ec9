package org.govict.personnel.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.govict.organisation.OrganisationUnit;
import org.govict.personnel.FieldRefusal;
import org.govict.personnel.FieldType;
import org.govict.personnel.ImportRefusal;
import org.govict.personnel.PersonnelRuleViolation;
import org.govict.personnel.RecordHistory;
import org.govict.personnel.RecordRules;
import org.govict.personnel.RecordSchema;
import org.govict.personnel.RecordState;
import org.govict.personnel.internal.ReferenceSnapshot;

/**
 * Checks the rows of an import in memory, against a {@link ReferenceSnapshot} and the records the rows update: no
 * query per row. A row is read into field values (legacy encodings converted, text in NFC, dates in dd/MM/yyyy, ID
 * numbers that spreadsheets turned into numbers repaired), then the record it leads to is checked with the rules
 * of {@link RecordRules}, as a registration or an update would be. A blank cell leaves the field as it was.
 */
public final class RowChecker {

	private final ImportColumns columns;

	private final ImportColumns.Header header;

	private final RecordSchema schema;

	private final ReferenceSnapshot reference;

	private final List<String> scopePrefixes;

	private final LocalDate today;

	public RowChecker(ImportColumns columns, ImportColumns.Header header, RecordSchema schema,
			ReferenceSnapshot reference, List<String> scopePrefixes, LocalDate today) {
		this.columns = columns;
		this.header = header;
		this.schema = schema;
		this.reference = reference;
		this.scopePrefixes = scopePrefixes;
		this.today = today;
	}

	/** A row read into values, with the refusals of the values that could not be read. */
	public record ParsedRow(long row, String idNumber, Map<String, Object> values, Map<String, String> texts,
			List<ImportRefusal> refusals) {
	}

	/** A record that a row updates, as it stands. */
	public record Existing(long id, int version, String unitPath, RecordState state) {
	}

	/** What a row comes to: refused, unchanged, or a record to create or change. */
	public sealed interface Outcome permits Refused, Unchanged, Staged {
	}

	public record Refused(List<ImportRefusal> refusals) implements Outcome {
	}

	public record Unchanged() implements Outcome {
	}

	/**
	 * A record to write: the whole record after the row, the fields that differ (all of them for a new record), and
	 * whether a reported field changed, so that a new report period begins.
	 */
	public record Staged(long row, Long recordId, int version, RecordState after, Map<String, Object> changes,
			boolean newPeriod, String unitPath) implements Outcome {

		public boolean created() {
			return recordId == null;
		}
	}

	/** Reads a row's cells. */
	public ParsedRow read(RowReader.SourceRow source) {
		Map<String, Object> values = new LinkedHashMap<>();
		Map<String, String> texts = new LinkedHashMap<>();
		List<ImportRefusal> refusals = new ArrayList<>();
		String idNumber = null;
		for (int i = 0; i < header.columns().size(); i++) {
			ImportColumns.Column column = header.columns().get(i);
			String raw = source.cell(i);
			if (column == null || raw == null || raw.isBlank()) {
				continue;
			}
			String text = LegacyVietnamese.toUnicode(raw);
			texts.put(column.key(), text);
			if (column.isUnitCode()) {
				readUnit(source.number(), text, values, refusals);
				continue;
			}
			try {
				Object input = column.field().type() == FieldType.CHOICE ? columns.choiceCode(column.key(), text.strip())
						: text;
				Object value = RecordRules.readValue(column.field(), input, true);
				if (value != null) {
					values.put(column.key(), value);
					if ("id_number".equals(column.key())) {
						idNumber = (String) value;
					}
				}
			}
			catch (PersonnelRuleViolation violation) {
				violation.refusals()
					.forEach(r -> refusals.add(new ImportRefusal(source.number(), column.key(), r.messageKey(),
							r.arguments(), shorten(text))));
			}
		}
		if (idNumber == null && refusals.stream().noneMatch(r -> "id_number".equals(r.column()))) {
			refusals.add(new ImportRefusal(source.number(), "id_number", "personnel.value.required", List.of(), null));
		}
		return new ParsedRow(source.number(), idNumber, values, texts, refusals);
	}

	private void readUnit(long row, String text, Map<String, Object> values, List<ImportRefusal> refusals) {
		String code = RecordRules.clean(text);
		OrganisationUnit unit = reference.unitByCode(code).orElse(null);
		if (unit == null) {
			refusals.add(new ImportRefusal(row, ImportColumns.UNIT_CODE, "personnel.import.unknownUnitCode",
					List.of(code), shorten(text)));
		}
		else if (!inScope(unit.path())) {
			refusals.add(new ImportRefusal(row, ImportColumns.UNIT_CODE, "personnel.value.unitOutOfScope", List.of(),
					shorten(text)));
		}
		else {
			values.put("unit_id", unit.id());
		}
	}

	/**
	 * Checks the record a row leads to: a new record when {@code existing} is null, else the existing one with the
	 * row's values over it. Only the fields that differ become the change; the fields that follow from changed
	 * ones (the grade of a new rank, the coefficient of a new step) are derived again, as a change in the registry
	 * derives them.
	 */
	public Outcome check(ParsedRow parsed, Existing existing) {
		if (!parsed.refusals().isEmpty()) {
			return new Refused(parsed.refusals());
		}
		Map<String, Object> values = parsed.values();
		RecordState after;
		if (existing == null) {
			Map<String, Object> initial = new LinkedHashMap<>(values);
			initial.putIfAbsent("status", "ACTIVE");
			after = RecordRules.complete(RecordState.EMPTY.with(initial), reference);
		}
		else {
			if (!inScope(existing.unitPath())) {
				return new Refused(List.of(new ImportRefusal(parsed.row(), "id_number",
						"personnel.import.recordOutOfScope", List.of(), parsed.idNumber())));
			}
			Map<String, Object> derivable = new LinkedHashMap<>(values);
			if (differs(values, existing.state(), "rank_code") && !values.containsKey("salary_grade")) {
				derivable.put("salary_grade", null);
			}
			if ((differs(values, existing.state(), "salary_step") || differs(values, existing.state(), "salary_grade")
					|| differs(values, existing.state(), "salary_since")) && !values.containsKey("coefficient")) {
				derivable.put("coefficient", null);
			}
			after = RecordRules.complete(existing.state().with(derivable), reference);
		}
		List<FieldRefusal> broken = RecordRules.check(after, schema, reference, today);
		if (!broken.isEmpty()) {
			List<ImportRefusal> refusals = new ArrayList<>();
			for (FieldRefusal refusal : new LinkedHashSet<>(broken)) {
				String key = refusal.field();
				String column = "unit_id".equals(key) ? ImportColumns.UNIT_CODE : key;
				refusals.add(new ImportRefusal(parsed.row(), column, refusal.refusal().messageKey(),
						refusal.refusal().arguments(), shorten(parsed.texts().get(column))));
			}
			return new Refused(refusals);
		}
		String unitPath = reference.unit(after.unitId()).map(OrganisationUnit::path).orElseThrow();
		if (existing == null) {
			return new Staged(parsed.row(), null, 0, after, new LinkedHashMap<>(after.values()), true, unitPath);
		}
		Map<String, Object> changes = new LinkedHashMap<>();
		Set<String> keys = new LinkedHashSet<>(after.values().keySet());
		keys.addAll(existing.state().values().keySet());
		for (String key : keys) {
			if (!Objects.equals(after.get(key), existing.state().get(key))) {
				changes.put(key, after.get(key));
			}
		}
		if (changes.isEmpty()) {
			return new Unchanged();
		}
		boolean newPeriod = RecordHistory.REPORTED_FIELDS.stream().anyMatch(changes::containsKey);
		return new Staged(parsed.row(), existing.id(), existing.version(), after, changes, newPeriod, unitPath);
	}

	private static boolean differs(Map<String, Object> values, RecordState state, String key) {
		return values.containsKey(key) && !Objects.equals(values.get(key), state.get(key));
	}

	private boolean inScope(String path) {
		return scopePrefixes == null || scopePrefixes.stream().anyMatch(path::startsWith);
	}

	private static String shorten(String text) {
		return text == null || text.length() <= 500 ? text : text.substring(0, 500);
	}
}
