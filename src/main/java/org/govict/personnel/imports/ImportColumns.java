package org.govict.personnel.imports;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.govict.personnel.DataGroup;
import org.govict.personnel.FieldType;
import org.govict.personnel.RecordField;
import org.govict.personnel.RecordSchema;
import org.springframework.context.MessageSource;

/**
 * The columns of the flat import file and of the export: the core fields of a record (identity, employment,
 * education, position with rank and salary, Party and unions, army) and the active custom fields of those groups,
 * with the unit named by its code. Tables (family, training, work history) and the sensitive groups are not in it.
 * <p>
 * A header is matched to a column by its Vietnamese label, its English label or its field key, ignoring case,
 * diacritics, spaces and punctuation: "HỌ VÀ TÊN KHAI SINH", "ho va ten khai sinh", "Full name" and "full_name"
 * name the same column.
 */
public final class ImportColumns {

	/** The column of the unit's code; it stands for the field unit_id. */
	public static final String UNIT_CODE = "unit_code";

	static final List<DataGroup> GROUPS = List.of(DataGroup.IDENTITY, DataGroup.EMPLOYMENT, DataGroup.EDUCATION,
			DataGroup.POSITION, DataGroup.ORGANISATIONS, DataGroup.MILITARY);

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

	private static final Locale VI = Locale.forLanguageTag("vi");

	/** One column: a field of the record, or the unit code ({@code field} null). */
	public record Column(String key, RecordField field, String labelVi, String labelEn) {

		public String label(Locale locale) {
			return "en".equals(locale.getLanguage()) ? labelEn : labelVi;
		}

		public boolean isUnitCode() {
			return field == null;
		}
	}

	private final List<Column> columns;

	private final Map<String, Column> byFoldedName = new HashMap<>();

	private final Map<String, Map<String, String>> choiceCodes = new HashMap<>();

	private ImportColumns(List<Column> columns, MessageSource messages) {
		this.columns = List.copyOf(columns);
		for (Column column : columns) {
			byFoldedName.put(fold(column.labelVi()), column);
			byFoldedName.put(fold(column.labelEn()), column);
			byFoldedName.putIfAbsent(fold(column.key()), column);
			if (column.field() != null && column.field().type() == FieldType.CHOICE) {
				Map<String, String> codes = new HashMap<>();
				for (String code : column.field().options()) {
					codes.put(fold(code), code);
					String key = "personnel.choice." + column.key() + "." + code;
					for (Locale locale : List.of(VI, Locale.ENGLISH)) {
						String label = messages.getMessage(key, null, null, locale);
						if (label != null) {
							codes.putIfAbsent(fold(label), code);
						}
					}
				}
				choiceCodes.put(column.key(), codes);
			}
		}
	}

	/** The columns for a schema, labelled from the message bundles (custom fields carry their own labels). */
	public static ImportColumns of(RecordSchema schema, MessageSource messages) {
		List<Column> columns = new ArrayList<>();
		for (RecordField field : templateFields(schema)) {
			if ("unit_id".equals(field.key())) {
				columns.add(new Column(UNIT_CODE, null, messages.getMessage("personnel.import.unitCode", null, VI),
						messages.getMessage("personnel.import.unitCode", null, Locale.ENGLISH)));
				continue;
			}
			String vi = field.custom() ? field.customLabel(VI) : messages.getMessage(field.messageKey(), null, VI);
			String en = field.custom() ? field.customLabel(Locale.ENGLISH)
					: messages.getMessage(field.messageKey(), null, Locale.ENGLISH);
			columns.add(new Column(field.key(), field, vi, en));
		}
		return new ImportColumns(columns, messages);
	}

	/** The fields of the flat file, in the order of the form. */
	static List<RecordField> templateFields(RecordSchema schema) {
		List<RecordField> fields = new ArrayList<>();
		for (DataGroup group : GROUPS) {
			schema.fields(group).stream().filter(f -> f.type() != FieldType.TABLE).forEach(fields::add);
		}
		return fields;
	}

	public List<Column> columns() {
		return columns;
	}

	public Optional<Column> column(String key) {
		return columns.stream().filter(c -> c.key().equals(key)).findFirst();
	}

	/** The code of a choice written as its code or its label in either language ("Nữ", "female", "F"). */
	public String choiceCode(String fieldKey, String text) {
		return choiceCodes.getOrDefault(fieldKey, Map.of()).getOrDefault(fold(text), text);
	}

	/**
	 * Matches a header row. Blank headers are skipped (their column is ignored); a header that names no column, or
	 * the same column twice, is an error, and the ID number column must be there.
	 */
	public Header match(List<String> names) {
		List<Column> matched = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		List<String> repeated = new ArrayList<>();
		Map<Column, String> seen = new LinkedHashMap<>();
		for (String name : names) {
			String text = name == null ? "" : LegacyVietnamese.toUnicode(name).strip();
			if (text.isEmpty()) {
				matched.add(null);
				continue;
			}
			Column column = byFoldedName.get(fold(text));
			if (column == null) {
				unknown.add(text);
			}
			else if (seen.containsKey(column)) {
				repeated.add(text);
				column = null;
			}
			else {
				seen.put(column, text);
			}
			matched.add(column);
		}
		boolean hasIdNumber = seen.keySet().stream().anyMatch(c -> "id_number".equals(c.key()));
		return new Header(matched, unknown, repeated, hasIdNumber);
	}

	/** The columns of a file's header, by position (null: ignored), and what was wrong with it. */
	public record Header(List<Column> columns, List<String> unknown, List<String> repeated, boolean hasIdNumber) {

		public boolean usable() {
			return unknown.isEmpty() && repeated.isEmpty() && hasIdNumber;
		}

		public int indexOf(String key) {
			for (int i = 0; i < columns.size(); i++) {
				if (columns.get(i) != null && columns.get(i).key().equals(key)) {
					return i;
				}
			}
			return -1;
		}
	}

	/** Lower case, without diacritics (đ as d), spaces or punctuation. */
	static String fold(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		String plain = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
		return NOT_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("");
	}
}
