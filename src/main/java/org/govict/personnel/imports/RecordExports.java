package org.govict.personnel.imports;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.govict.personnel.RecordQuery;
import org.govict.personnel.RecordSchema;
import org.govict.personnel.RecordState;
import org.govict.personnel.internal.Records;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every record matching a search, streamed for an export: the same criteria as the records search, without the
 * page, read through a cursor (a fetch size inside the caller's transaction) so that a hundred thousand records
 * never sit in memory together.
 */
@Repository
public class RecordExports {

	private final JdbcClient jdbc;

	private final Records records;

	RecordExports(JdbcClient jdbc, Records records) {
		this.jdbc = jdbc;
		this.records = records;
	}

	/** Calls {@code consumer} with each matching record, in the order of the search (by name). */
	public void each(RecordQuery query, List<String> prefixes, String unitPrefix, RecordSchema schema,
			Consumer<RecordState> consumer) {
		StringBuilder where = new StringBuilder("TRUE");
		Map<String, Object> params = new LinkedHashMap<>();
		if (prefixes != null) {
			if (prefixes.isEmpty()) {
				return;
			}
			where.append(" AND unit_path LIKE ANY(CAST(:prefixes AS text[]))");
			params.put("prefixes", prefixes.stream().map(p -> p + "%").toArray(String[]::new));
		}
		if (unitPrefix != null) {
			where.append(" AND unit_path LIKE :unitPrefix");
			params.put("unitPrefix", unitPrefix + "%");
		}
		String text = query.text() == null ? "" : query.text().strip();
		String digits = text.replaceAll("[\\s.]", "");
		if (!text.isEmpty() && digits.matches("[0-9]{3,12}")) {
			where.append(" AND id_number LIKE :idPrefix");
			params.put("idPrefix", digits + "%");
		}
		else if (!text.isEmpty()) {
			String words = Records.wordsQuery(text);
			if (words.isEmpty()) {
				return;
			}
			where.append(" AND name_tokens @@ CAST(:words AS tsquery)");
			params.put("words", words);
		}
		filter(where, params, "rank_code", query.rankCode());
		filter(where, params, "position_code", query.positionCode());
		filter(where, params, "education_level", query.educationLevel());
		filter(where, params, "status", query.status());
		LocalDate on = query.ageOn() == null ? LocalDate.now() : query.ageOn();
		if (query.ageFrom() != null) {
			where.append(" AND birth_date <= :bornBy");
			params.put("bornBy", on.minusYears(query.ageFrom()));
		}
		if (query.ageTo() != null) {
			where.append(" AND birth_date > :bornAfter");
			params.put("bornAfter", on.minusYears(query.ageTo() + 1L));
		}
		jdbc.sql("SELECT data FROM personnel_records WHERE %s ORDER BY search_fold(full_name), id".formatted(where))
			.params(params)
			.withFetchSize(500)
			.query(rs -> {
				consumer.accept(records.state(rs.getString(1), schema));
			});
	}

	private static void filter(StringBuilder where, Map<String, Object> params, String column, String value) {
		if (value != null && !value.isBlank()) {
			where.append(" AND ").append(column).append(" = :").append(column);
			params.put(column, value);
		}
	}

}
