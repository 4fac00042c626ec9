package org.govict.inventory;

import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Validator;
import org.govict.inventory.internal.AssetRows;
import org.govict.inventory.internal.AssetRows.SourceRow;
import org.govict.organisation.Organisation;
import org.govict.organisation.OrganisationUnit;
import org.govict.platform.web.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Registers assets from an .xlsx or .csv file laid out as the list's export: a header row naming the columns (in
 * Vietnamese or English, with or without diacritics, or by their keys), then one asset a row. The file is taken
 * whole or not at all: when any row is refused, nothing is registered and every refused cell is reported by row and
 * column.
 */
@Service
public class AssetImports {

	/** The most rows one file may carry. */
	public static final int MAX_ROWS = 10_000;

	static final String[] COLUMNS = { "kind", "name", "inventoryNumber", "serialNumber", "manufacturer", "model",
			"unit", "location", "status", "purchasedOn", "warrantyUntil", "retiredOn", "notes" };

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(java.time.format.ResolverStyle.STRICT);

	private final Inventory inventory;

	private final Organisation organisation;

	private final MessageSource messages;

	private final SpringValidatorAdapter validator;

	private final TransactionTemplate transaction;

	AssetImports(Inventory inventory, Organisation organisation, MessageSource messages, Validator validator,
			TransactionTemplate transaction) {
		this.inventory = inventory;
		this.organisation = organisation;
		this.messages = messages;
		this.validator = new SpringValidatorAdapter(validator);
		this.transaction = transaction;
	}

	public AssetImportResult importFile(String filename, byte[] content, Locale locale) {
		if (!Inventory.canManage()) {
			throw new AccessDeniedException("inventory.access.denied");
		}
		List<SourceRow> rows;
		try {
			rows = AssetRows.read(filename, content, MAX_ROWS + 1);
		}
		catch (IOException | RuntimeException unreadable) {
			return new AssetImportResult(0, List.of(new AssetImportError(1, "", m("inventory.import.unreadable", locale))));
		}
		if (rows.isEmpty()) {
			return new AssetImportResult(0, List.of(new AssetImportError(1, "", m("inventory.import.empty", locale))));
		}
		Map<String, Integer> columns = columns(rows.get(0));
		List<AssetImportError> errors = new ArrayList<>();
		for (String required : List.of("kind", "name", "unit")) {
			if (!columns.containsKey(required)) {
				errors.add(new AssetImportError(1, heading(required, locale), m("inventory.import.missingColumn", locale)));
			}
		}
		if (rows.size() > MAX_ROWS + 1) {
			errors.add(new AssetImportError(MAX_ROWS + 2, "", m("inventory.import.tooMany", locale, MAX_ROWS)));
		}
		if (!errors.isEmpty()) {
			return new AssetImportResult(0, errors);
		}
		Integer registered = transaction.execute(tx -> {
			int count = 0;
			for (SourceRow row : rows.subList(1, rows.size())) {
				if (row.blank()) {
					continue;
				}
				int before = errors.size();
				AssetForm form = form(row, columns, errors, locale);
				BeanPropertyBindingResult result = new BeanPropertyBindingResult(form, "assetForm");
				validator.validate(form, result);
				List<String> refused = errors.subList(before, errors.size()).stream().map(AssetImportError::column).toList();
				report(row, result.getFieldErrors(), errors, locale, refused);
				if (errors.size() > before) {
					continue;
				}
				try {
					inventory.register(form);
					count++;
				}
				catch (InvalidInputException invalid) {
					report(row, invalid.getErrors().getFieldErrors(), errors, locale, List.of());
				}
			}
			if (!errors.isEmpty()) {
				tx.setRollbackOnly();
			}
			return count;
		});
		return errors.isEmpty() ? new AssetImportResult(registered == null ? 0 : registered, List.of())
				: new AssetImportResult(0, errors);
	}

	/** The row as a form; a cell that cannot be read is reported and left empty. */
	private AssetForm form(SourceRow row, Map<String, Integer> columns, List<AssetImportError> errors, Locale locale) {
		AssetKind kind = enumValue(AssetKind.class, "inventory.kind.", cell(row, columns, "kind"));
		if (kind == null && cell(row, columns, "kind") != null) {
			errors.add(new AssetImportError(row.number(), heading("kind", locale), m("inventory.import.badKind", locale)));
		}
		String statusText = cell(row, columns, "status");
		AssetStatus status = enumValue(AssetStatus.class, "inventory.status.", statusText);
		if (status == null && statusText != null) {
			errors.add(new AssetImportError(row.number(), heading("status", locale), m("inventory.import.badStatus", locale)));
		}
		Long unitId = null;
		String unitCode = cell(row, columns, "unit");
		if (unitCode != null) {
			unitId = organisation.findByCodeUnscoped(unitCode).map(OrganisationUnit::id).orElse(null);
			if (unitId == null) {
				errors.add(new AssetImportError(row.number(), heading("unit", locale), m("inventory.import.badUnit", locale, unitCode)));
			}
		}
		LocalDate purchased = date(row, columns, "purchasedOn", errors, locale);
		LocalDate warranty = date(row, columns, "warrantyUntil", errors, locale);
		LocalDate retired = date(row, columns, "retiredOn", errors, locale);
		return new AssetForm(kind, cell(row, columns, "name"), cell(row, columns, "inventoryNumber"),
				cell(row, columns, "serialNumber"), cell(row, columns, "manufacturer"), cell(row, columns, "model"),
				unitId, cell(row, columns, "location"), null, status, purchased, warranty, retired, Map.of(),
				cell(row, columns, "notes"));
	}

	private LocalDate date(SourceRow row, Map<String, Integer> columns, String column, List<AssetImportError> errors,
			Locale locale) {
		String text = cell(row, columns, column);
		if (text == null) {
			return null;
		}
		try {
			return text.contains("/") ? LocalDate.parse(text, DAY) : LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			errors.add(new AssetImportError(row.number(), heading(column, locale), m("inventory.import.badDate", locale, text)));
			return null;
		}
	}

	/** Reports the field errors, except on columns already refused (a unit code not found is not also "empty"). */
	private void report(SourceRow row, List<FieldError> fieldErrors, List<AssetImportError> errors, Locale locale,
			List<String> refused) {
		for (FieldError error : fieldErrors) {
			String column = "ownerUnitId".equals(error.getField()) ? "unit" : error.getField();
			if (refused.contains(heading(column, locale))) {
				continue;
			}
			errors.add(new AssetImportError(row.number(), heading(column, locale), messages.getMessage(error, locale)));
		}
	}

	private static String cell(SourceRow row, Map<String, Integer> columns, String column) {
		Integer index = columns.get(column);
		return index == null ? null : row.cell(index);
	}

	/** Which column each heading names, by its key or its label in either language, diacritics and case ignored. */
	private Map<String, Integer> columns(SourceRow header) {
		Map<String, String> known = new HashMap<>();
		for (String column : COLUMNS) {
			known.put(fold(column), column);
			for (Locale language : List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH)) {
				known.put(fold(m("inventory.field." + column, language)), column);
			}
		}
		known.put(fold("unitCode"), "unit");
		known.put(fold("Mã đơn vị"), "unit");
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < header.cells().size(); i++) {
			String heading = header.cell(i);
			if (heading != null && known.containsKey(fold(heading))) {
				columns.putIfAbsent(known.get(fold(heading)), i);
			}
		}
		return columns;
	}

	private <E extends Enum<E>> E enumValue(Class<E> type, String prefix, String text) {
		if (text == null) {
			return null;
		}
		for (E value : type.getEnumConstants()) {
			if (fold(value.name()).equals(fold(text))
					|| fold(m(prefix + value.name(), Locale.forLanguageTag("vi"))).equals(fold(text))
					|| fold(m(prefix + value.name(), Locale.ENGLISH)).equals(fold(text))) {
				return value;
			}
		}
		return null;
	}

	static String fold(String text) {
		String plain = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "");
		return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
	}

	private String heading(String column, Locale locale) {
		return m("inventory.field." + column, locale);
	}

	private String m(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}
}
