package org.govict.personnel;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules a record obeys, with no Spring and no database: how typed or imported text becomes field values, which
 * fields a record needs, and how the fields must agree with each other and with the reference data.
 */
public final class RecordRules {

	static final int TEXT_MAX = 500;

	static final int LONG_TEXT_MAX = 4000;

	private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ISO_LOCAL_DATE
		.withResolverStyle(ResolverStyle.STRICT);

	private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");

	private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	private RecordRules() {
	}

	/**
	 * Reads input into field values: text from a form or a file ({@code String}), or JSON values from the API
	 * (numbers, lists of rows). A blank value becomes null, which clears the field. Unknown keys and values that
	 * cannot be read are refused into {@code refusals}; the fields that could be read are returned.
	 * @param repairIds whether an ID number that spreadsheet software mangled is repaired (imports) or refused
	 */
	public static Map<String, Object> read(Map<String, ?> input, RecordSchema schema, boolean repairIds,
			List<FieldRefusal> refusals) {
		Map<String, Object> values = new LinkedHashMap<>();
		input.forEach((key, raw) -> {
			Optional<RecordField> field = schema.field(key);
			if (field.isEmpty()) {
				refusals.add(FieldRefusal.of(key, "personnel.value.unknownField", key));
				return;
			}
			try {
				values.put(key, readValue(field.get(), raw, repairIds));
			}
			catch (PersonnelRuleViolation violation) {
				violation.refusals().forEach(r -> refusals.add(new FieldRefusal(key, r)));
			}
		});
		return values;
	}

	/** One value; null when blank. */
	public static Object readValue(RecordField field, Object raw, boolean repairIds) {
		if (raw == null) {
			return null;
		}
		if (field.type() == FieldType.TABLE) {
			return readTable(field, raw);
		}
		if (raw instanceof List<?>) {
			throw refused("personnel.value.notText");
		}
		String text = clean(raw.toString());
		if (text.isEmpty()) {
			return null;
		}
		if ("id_number".equals(field.key())) {
			return (repairIds ? PersonalIdNumber.repair(text) : PersonalIdNumber.parse(text)).value();
		}
		return switch (field.type()) {
			case TEXT -> limited(text, TEXT_MAX);
			case LONG_TEXT -> limited(raw.toString().strip(), LONG_TEXT_MAX);
			case DATE -> date(text).toString();
			case INTEGER, UNIT -> whole(text);
			case DECIMAL -> decimal(text);
			case CHOICE -> choice(field, text);
			case LIST, PROVINCE, WARD -> text;
			case TABLE -> throw new IllegalStateException();
		};
	}

	/**
	 * Fills the fields that follow from others: the salary grade and staff group from the rank, the coefficient from
	 * the grade and step on the salary's effective date, and the status (in service) of a record without one.
	 */
	public static RecordState complete(RecordState state, ReferenceLookup lookup) {
		Map<String, Object> derived = new LinkedHashMap<>();
		if (!state.has("status")) {
			derived.put("status", "ACTIVE");
		}
		String rank = state.text("rank_code");
		if (rank != null) {
			if (!state.has("salary_grade")) {
				lookup.gradeOfRank(rank).ifPresent(g -> derived.put("salary_grade", g));
			}
			if (!state.has("staff_group")) {
				lookup.staffGroupOfRank(rank).ifPresent(g -> derived.put("staff_group", g));
			}
		}
		RecordState next = state.with(derived);
		String grade = next.text("salary_grade");
		Long step = next.whole("salary_step");
		if (grade != null && step != null && !next.has("coefficient")) {
			LocalDate since = next.has("salary_since") ? next.date("salary_since") : LocalDate.now();
			lookup.coefficient(grade, step.intValue(), since).ifPresent(c -> derived.put("coefficient", c));
		}
		return state.with(derived);
	}

	/** Every way the record breaks the rules, the required fields first. */
	public static List<FieldRefusal> check(RecordState state, RecordSchema schema, ReferenceLookup lookup,
			LocalDate today) {
		List<FieldRefusal> refusals = new ArrayList<>();
		for (RecordField field : schema.fields()) {
			if (field.required() && !state.has(field.key())) {
				refusals.add(FieldRefusal.of(field.key(), "personnel.value.required"));
			}
		}
		for (RecordField field : schema.fields()) {
			Object value = state.get(field.key());
			if (value == null) {
				continue;
			}
			String text = value.toString();
			switch (field.type()) {
				case LIST -> {
					if (!lookup.listHas(field.list(), text)) {
						refusals.add(FieldRefusal.of(field.key(), "personnel.value.unknownCode", text));
					}
				}
				case PROVINCE -> {
					if (!lookup.provinceExists(text)) {
						refusals.add(FieldRefusal.of(field.key(), "personnel.value.unknownProvince", text));
					}
				}
				case WARD -> {
					String province = state.text(field.key().replace("_ward", "_province"));
					if (!lookup.wardExists(text, province)) {
						refusals.add(FieldRefusal.of(field.key(), "personnel.value.unknownWard", text));
					}
				}
				case UNIT -> {
					if (!lookup.unitExists(state.whole(field.key()))) {
						refusals.add(FieldRefusal.of(field.key(), "personnel.value.unknownUnit", text));
					}
				}
				case DATE -> {
					LocalDate day = state.date(field.key());
					if (day.isBefore(EARLIEST)) {
						refusals.add(FieldRefusal.of(field.key(), "personnel.value.dateTooEarly"));
					}
					else if (day.isAfter(today) && !"status_since".equals(field.key())) {
						refusals.add(FieldRefusal.of(field.key(), "personnel.value.dateInFuture"));
					}
				}
				default -> {
				}
			}
		}
		checkIdentity(state, refusals);
		checkOrder(state, "birth_date", "recruited_on", refusals);
		checkOrder(state, "party_joined", "party_official", refusals);
		checkOrder(state, "army_enlisted", "army_discharged", refusals);
		checkOrder(state, "birth_date", "party_joined", refusals);
		checkSalary(state, lookup, refusals);
		return refusals;
	}

	private static void checkIdentity(RecordState state, List<FieldRefusal> refusals) {
		String id = state.idNumber();
		Sex sex = state.sex();
		LocalDate birth = state.has("birth_date") ? state.birthDate() : null;
		if (id == null || sex == null || birth == null) {
			return;
		}
		try {
			new PersonalIdNumber(id).disagreementsWith(sex, birth)
				.forEach(r -> refusals.add(new FieldRefusal("id_number", r)));
		}
		catch (PersonnelRuleViolation violation) {
			violation.refusals().forEach(r -> refusals.add(new FieldRefusal("id_number", r)));
		}
	}

	private static void checkOrder(RecordState state, String earlier, String later, List<FieldRefusal> refusals) {
		if (state.has(earlier) && state.has(later) && state.date(later).isBefore(state.date(earlier))) {
			refusals.add(FieldRefusal.of(later, "personnel.value.before", earlier));
		}
	}

	private static void checkSalary(RecordState state, ReferenceLookup lookup, List<FieldRefusal> refusals) {
		String rank = state.text("rank_code");
		String grade = state.text("salary_grade");
		if (rank != null && grade != null && lookup.listHas(ListKind.RANKS, rank)) {
			Optional<String> rankGrade = lookup.gradeOfRank(rank);
			if (rankGrade.isPresent() && !rankGrade.get().equals(grade)) {
				refusals.add(FieldRefusal.of("salary_grade", "personnel.value.gradeOfRank", rank, rankGrade.get()));
			}
		}
		Long step = state.whole("salary_step");
		if (grade == null || step == null || !lookup.listHas(ListKind.SALARY_GRADES, grade)) {
			return;
		}
		LocalDate since = state.has("salary_since") ? state.date("salary_since") : LocalDate.now();
		Optional<BigDecimal> expected = lookup.coefficient(grade, step.intValue(), since);
		if (expected.isEmpty()) {
			refusals.add(FieldRefusal.of("salary_step", "personnel.value.noSuchStep", grade, step));
			return;
		}
		BigDecimal coefficient = state.decimal("coefficient");
		if (coefficient != null && coefficient.compareTo(expected.get()) != 0) {
			refusals.add(FieldRefusal.of("coefficient", "personnel.value.coefficientOfStep", grade, step,
					expected.get().toPlainString()));
		}
	}

	/**
	 * Text as stored: Unicode NFC (a name typed in decomposed form is the same name), without control characters,
	 * with runs of spaces (also no-break spaces) as one space and none at the ends.
	 */
	public static String clean(String text) {
		String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
		String printable = CONTROL.matcher(composed).replaceAll("");
		return SPACES.matcher(printable).replaceAll(" ").strip();
	}

	/** A date as Vietnamese officers write it (dd/MM/yyyy, also d/M/yyyy) or in ISO form (yyyy-MM-dd). */
	public static LocalDate date(String text) {
		try {
			return text.contains("/") ? LocalDate.parse(text, VIETNAMESE_DATE) : LocalDate.parse(text, ISO_DATE);
		}
		catch (DateTimeParseException ex) {
			throw refused("personnel.value.date", text);
		}
	}

	private static Long whole(String text) {
		try {
			return Long.valueOf(text.replace(".", "").replace(" ", ""));
		}
		catch (NumberFormatException ex) {
			throw refused("personnel.value.integer", text);
		}
	}

	private static BigDecimal decimal(String text) {
		try {
			return new BigDecimal(text.replace(',', '.')).stripTrailingZeros().setScale(2, java.math.RoundingMode.UNNECESSARY);
		}
		catch (NumberFormatException | ArithmeticException ex) {
			throw refused("personnel.value.decimal", text);
		}
	}

	private static String choice(RecordField field, String text) {
		String code = text.toUpperCase(Locale.ROOT);
		if (!field.options().contains(code)) {
			throw refused("personnel.value.choice", text, String.join(", ", field.options()));
		}
		return code;
	}

	private static String limited(String text, int max) {
		if (text.length() > max) {
			throw refused("personnel.value.tooLong", max);
		}
		return text;
	}

	private static List<Map<String, String>> readTable(RecordField field, Object raw) {
		if (!(raw instanceof List<?> rows)) {
			throw refused("personnel.value.table");
		}
		List<Map<String, String>> table = new ArrayList<>();
		for (Object row : rows) {
			if (!(row instanceof Map<?, ?> cells)) {
				throw refused("personnel.value.table");
			}
			Map<String, String> clean = new LinkedHashMap<>();
			for (String column : field.columns()) {
				Object cell = cells.get(column);
				String text = cell == null ? "" : clean(cell.toString());
				if (!text.isEmpty()) {
					clean.put(column, limited(text, TEXT_MAX));
				}
			}
			for (Object column : cells.keySet()) {
				if (!field.columns().contains(column.toString())) {
					throw refused("personnel.value.unknownColumn", column);
				}
			}
			if (!clean.isEmpty()) {
				table.add(clean);
			}
		}
		return table.isEmpty() ? null : table;
	}

	private static PersonnelRuleViolation refused(String key, Object... arguments) {
		return new PersonnelRuleViolation(Refusal.of(key, arguments));
	}
}
