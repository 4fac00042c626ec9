package org.govict.personnel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A record's fields at one point of its history, by key. Values are what JSON can hold: text (also dates in ISO form,
 * codes and choices), whole numbers (integers, unit ids), decimals, and for tables a list of rows, each a map from
 * column key to text. A field without a value is absent.
 */
public record RecordState(Map<String, Object> values) {

	public static final RecordState EMPTY = new RecordState(Map.of());

	public RecordState {
		values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
	}

	/** The state after a change: each key of {@code changes} replaces the field, and a null value clears it. */
	public RecordState with(Map<String, ?> changes) {
		Map<String, Object> next = new LinkedHashMap<>(values);
		changes.forEach((key, value) -> {
			if (value == null) {
				next.remove(key);
			}
			else {
				next.put(key, value);
			}
		});
		return new RecordState(next);
	}

	public boolean has(String key) {
		return values.containsKey(key);
	}

	public Object get(String key) {
		return values.get(key);
	}

	public String text(String key) {
		Object value = values.get(key);
		return value == null ? null : value.toString();
	}

	public LocalDate date(String key) {
		String text = text(key);
		return text == null ? null : LocalDate.parse(text);
	}

	public Long whole(String key) {
		Object value = values.get(key);
		if (value == null) {
			return null;
		}
		return value instanceof Number n ? n.longValue() : Long.valueOf(value.toString());
	}

	public BigDecimal decimal(String key) {
		Object value = values.get(key);
		if (value == null) {
			return null;
		}
		return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
	}

	@SuppressWarnings("unchecked")
	public List<Map<String, String>> table(String key) {
		Object value = values.get(key);
		return value instanceof List<?> rows ? (List<Map<String, String>>) rows : List.of();
	}

	public Sex sex() {
		String code = text("sex");
		return code == null ? null : "F".equals(code) ? Sex.FEMALE : Sex.MALE;
	}

	public String fullName() {
		return text("full_name");
	}

	public String idNumber() {
		return text("id_number");
	}

	public LocalDate birthDate() {
		return date("birth_date");
	}

	public Long unitId() {
		return whole("unit_id");
	}

	/** The status in service, ACTIVE when none was recorded. */
	public String status() {
		String status = text("status");
		return status == null ? "ACTIVE" : status;
	}
}
