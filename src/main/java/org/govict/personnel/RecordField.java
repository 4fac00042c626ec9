package org.govict.personnel;

import java.util.List;
import java.util.Locale;

/**
 * One field of a record: built in (its label is the message {@code personnel.field.<key>}) or added by an
 * administrator (its key starts with {@code x_} and it carries its own labels).
 *
 * @param options the codes of a {@link FieldType#CHOICE}
 * @param columns the column keys of a {@link FieldType#TABLE}; their labels are {@code personnel.column.<key>}
 * @param list the reference list of a {@link FieldType#LIST}
 */
public record RecordField(String key, DataGroup group, FieldType type, ListKind list, List<String> options,
		List<String> columns, boolean required, boolean custom, String labelVi, String labelEn) {

	public RecordField {
		options = options == null ? List.of() : List.copyOf(options);
		columns = columns == null ? List.of() : List.copyOf(columns);
	}

	static RecordField of(String key, DataGroup group, FieldType type) {
		return new RecordField(key, group, type, null, null, null, false, false, null, null);
	}

	static RecordField required(String key, DataGroup group, FieldType type) {
		return new RecordField(key, group, type, null, null, null, true, false, null, null);
	}

	static RecordField list(String key, DataGroup group, ListKind list) {
		return new RecordField(key, group, FieldType.LIST, list, null, null, false, false, null, null);
	}

	static RecordField choice(String key, DataGroup group, String... options) {
		return new RecordField(key, group, FieldType.CHOICE, null, List.of(options), null, false, false, null, null);
	}

	static RecordField table(String key, DataGroup group, String... columns) {
		return new RecordField(key, group, FieldType.TABLE, null, null, List.of(columns), false, false, null, null);
	}

	/** The message key of a built-in field's label. */
	public String messageKey() {
		return "personnel.field." + key;
	}

	/** A custom field's own label in the reader's language; null for a built-in field, whose label is a message. */
	public String customLabel(Locale locale) {
		if (!custom) {
			return null;
		}
		return "en".equals(locale.getLanguage()) && labelEn != null && !labelEn.isBlank() ? labelEn : labelVi;
	}

	/** The change kind that alone may set this field, if one does. */
	public java.util.Optional<ChangeKind> governedBy() {
		return ChangeKind.governing(key);
	}
}
