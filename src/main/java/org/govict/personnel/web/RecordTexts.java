package org.govict.personnel.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.govict.organisation.Organisation;
import org.govict.organisation.OrganisationUnit;
import org.govict.personnel.FieldRefusal;
import org.govict.personnel.ListEntry;
import org.govict.personnel.ListKind;
import org.govict.personnel.PersonnelFields;
import org.govict.personnel.PersonnelLists;
import org.govict.personnel.RecordField;
import org.govict.personnel.RecordSchema;
import org.govict.reference.AdministrativeAreas;
import org.govict.reference.Province;
import org.govict.reference.Ward;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Says the fields and values of a record in the reader's language: labels of built-in and custom fields, codes of
 * the reference lists and choices by their names, areas and units by name, dates as dd/MM/yyyy, and refusals as
 * sentences.
 */
@Component
class RecordTexts {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(VIETNAM);

	private final MessageSource messages;

	private final PersonnelLists lists;

	private final AdministrativeAreas areas;

	private final Organisation organisation;

	private final PersonnelFields fields;

	RecordTexts(MessageSource messages, PersonnelLists lists, AdministrativeAreas areas, Organisation organisation,
			PersonnelFields fields) {
		this.fields = fields;
		this.messages = messages;
		this.lists = lists;
		this.areas = areas;
		this.organisation = organisation;
	}

	String message(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, key, locale);
	}

	String label(RecordField field, Locale locale) {
		return field.custom() ? field.customLabel(locale) : message(field.messageKey(), locale);
	}

	String columnLabel(String column, Locale locale) {
		return messages.getMessage("personnel.column." + column, null, column, locale);
	}

	/** A value as a person reads it; the empty string for no value. */
	String value(RecordField field, Object value, Locale locale) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		return switch (field.type()) {
			case DATE -> day(text);
			case CHOICE -> choiceName(field.key(), text, locale);
			case LIST -> listName(field.list(), text, locale);
			case PROVINCE -> areas.province(text).map(Province::name).orElse(text);
			case WARD -> areas.ward(text).map(Ward::name).orElse(text);
			case UNIT -> unitName(Long.valueOf(text), locale);
			case TABLE -> value instanceof List<?> rows ? String.valueOf(rows.size()) : text;
			default -> text;
		};
	}

	String listName(ListKind list, String code, Locale locale) {
		if (code == null) {
			return "";
		}
		return lists.find(list, code).map(e -> e.name(locale)).orElse(code);
	}

	String choiceName(String field, String code, Locale locale) {
		if (code == null) {
			return "";
		}
		String typed = fields.optionLabel(field, code).orElse(code);
		return messages.getMessage("personnel.choice." + field + "." + code, null, typed, locale);
	}

	/**
	 * The name of a unit that a record the reader may see names (its unit, or one in its history): the name belongs
	 * to the record, even when the unit itself lies outside the reader's scope.
	 */
	String unitName(Long id, Locale locale) {
		if (id == null) {
			return "";
		}
		return organisation.findUnscoped(id).map(u -> u.name(locale)).orElse(String.valueOf(id));
	}

	List<ListEntry> entries(ListKind list) {
		return lists.entries(list).stream().filter(ListEntry::active).toList();
	}

	List<OrganisationUnit> visibleUnits() {
		return organisation.visibleUnits(true);
	}

	/** A refusal as a sentence; arguments that are field keys or message keys are named too. */
	String refusal(FieldRefusal refusal, RecordSchema schema, Locale locale) {
		Object[] arguments = refusal.refusal().arguments().stream().map(argument -> {
			if (argument instanceof String text) {
				if (schema.field(text).isPresent()) {
					return label(schema.field(text).get(), locale);
				}
				if (text.startsWith("personnel.")) {
					return messages.getMessage(text, null, text, locale);
				}
			}
			return argument;
		}).toArray();
		return messages.getMessage(refusal.refusal().messageKey(), arguments, refusal.refusal().messageKey(), locale);
	}

	static String day(String iso) {
		try {
			return LocalDate.parse(iso).format(DAY);
		}
		catch (RuntimeException notIso) {
			return iso;
		}
	}

	static String day(LocalDate day) {
		return day == null ? "" : day.format(DAY);
	}

	static String moment(Instant instant) {
		return instant == null ? "" : MOMENT.format(instant);
	}
}
