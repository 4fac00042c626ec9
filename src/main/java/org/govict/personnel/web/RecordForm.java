package org.govict.personnel.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govict.personnel.ChangeDetails;
import org.govict.personnel.ChangeKind;
import org.govict.personnel.FieldType;
import org.govict.personnel.RecordField;
import org.govict.personnel.RecordState;
import org.springframework.util.MultiValueMap;

/**
 * What an officer typed into a record form: each field's text by key, table rows as {@code key[row].column}, and
 * the details of the change. Kept as typed, so that a refused form comes back with nothing lost.
 */
final class RecordForm {

	static final String EFFECTIVE_ON = "effectiveOn";

	static final String DECISION_NUMBER = "decisionNumber";

	static final String DECISION_DATE = "decisionDate";

	static final String NOTE = "note";

	private static final Pattern CELL = Pattern.compile("^([a-z0-9_]+)\\[(\\d+)]\\.([a-z0-9_]+)$");

	final Map<String, String> values = new LinkedHashMap<>();

	final Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();

	final Map<String, String> details = new LinkedHashMap<>();

	Integer version;

	/** The form as it was posted, for the given fields. */
	static RecordForm read(MultiValueMap<String, String> params, List<RecordField> fields) {
		RecordForm form = new RecordForm();
		Map<String, TreeMap<Integer, Map<String, String>>> cells = new LinkedHashMap<>();
		params.forEach((name, posted) -> {
			Matcher cell = CELL.matcher(name);
			if (cell.matches()) {
				cells.computeIfAbsent(cell.group(1), k -> new TreeMap<>())
					.computeIfAbsent(Integer.valueOf(cell.group(2)), k -> new LinkedHashMap<>())
					.put(cell.group(3), posted.isEmpty() ? "" : posted.get(0));
			}
		});
		for (RecordField field : fields) {
			if (field.type() == FieldType.TABLE) {
				List<Map<String, String>> rows = new ArrayList<>();
				cells.getOrDefault(field.key(), new TreeMap<>()).values().forEach(row -> {
					Map<String, String> kept = new LinkedHashMap<>();
					field.columns().forEach(c -> kept.put(c, row.getOrDefault(c, "").strip()));
					rows.add(kept);
				});
				form.tables.put(field.key(), rows);
			}
			else {
				form.values.put(field.key(), blankToEmpty(params.getFirst(field.key())));
			}
		}
		for (String detail : List.of(EFFECTIVE_ON, DECISION_NUMBER, DECISION_DATE, NOTE)) {
			form.details.put(detail, blankToEmpty(params.getFirst(detail)));
		}
		String version = params.getFirst("version");
		form.version = version == null || version.isBlank() ? null : Integer.valueOf(version.strip());
		return form;
	}

	/** The form filled from a record's state, for the given fields. */
	static RecordForm of(RecordState state, List<RecordField> fields) {
		RecordForm form = new RecordForm();
		for (RecordField field : fields) {
			if (field.type() == FieldType.TABLE) {
				List<Map<String, String>> rows = new ArrayList<>();
				state.table(field.key()).forEach(row -> {
					Map<String, String> kept = new LinkedHashMap<>();
					field.columns().forEach(c -> kept.put(c, row.getOrDefault(c, "")));
					rows.add(kept);
				});
				form.tables.put(field.key(), rows);
			}
			else {
				Object value = state.get(field.key());
				form.values.put(field.key(), value == null ? "" : value.toString());
			}
		}
		form.details.put(EFFECTIVE_ON, LocalDate.now().toString());
		return form;
	}

	String value(String key) {
		return values.getOrDefault(key, "");
	}

	String detail(String key) {
		return details.getOrDefault(key, "");
	}

	void addRow(RecordField table) {
		Map<String, String> row = new LinkedHashMap<>();
		table.columns().forEach(c -> row.put(c, ""));
		tables.computeIfAbsent(table.key(), k -> new ArrayList<>()).add(row);
	}

	void removeRow(String table, int index) {
		List<Map<String, String>> rows = tables.get(table);
		if (rows != null && index >= 0 && index < rows.size()) {
			rows.remove(index);
		}
	}

	/**
	 * The input for the registry: text by key, tables as lists of non-empty rows. With {@code keepBlanks} a blank
	 * field is sent as null, which clears it; without, it is left out.
	 */
	Map<String, Object> input(boolean keepBlanks) {
		Map<String, Object> input = new LinkedHashMap<>();
		values.forEach((key, text) -> {
			if (!text.isBlank() || keepBlanks) {
				input.put(key, text.isBlank() ? null : text);
			}
		});
		tables.forEach((key, rows) -> {
			List<Map<String, String>> filled = rows.stream()
				.filter(row -> row.values().stream().anyMatch(v -> !v.isBlank()))
				.toList();
			if (!filled.isEmpty() || keepBlanks) {
				input.put(key, filled.isEmpty() ? null : filled);
			}
		});
		return input;
	}

	/** The details of the change; a blank effective date means today. Dates that cannot be read go into {@code errors} as typed. */
	ChangeDetails changeDetails(ChangeKind kind, Map<String, String> errors) {
		return new ChangeDetails(kind, date(EFFECTIVE_ON, errors), blankToNull(detail(DECISION_NUMBER)),
				date(DECISION_DATE, errors), blankToNull(detail(NOTE)));
	}

	private LocalDate date(String key, Map<String, String> errors) {
		String text = detail(key);
		if (text.isBlank()) {
			return null;
		}
		try {
			return org.govict.personnel.RecordRules.date(text.strip());
		}
		catch (RuntimeException unreadable) {
			errors.put(key, text);
			return null;
		}
	}

	private static String blankToEmpty(String text) {
		return text == null ? "" : text;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
