package org.govict.personnel.imports;

import java.util.List;
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
		Records.Criteria criteria = records.criteria(query, prefixes, unitPrefix, true);
		if (criteria == null) {
			return;
		}
		jdbc.sql("SELECT data FROM personnel_records WHERE %s ORDER BY name_folded, id".formatted(criteria.where()))
			.params(criteria.params())
			.withFetchSize(500)
			.query(rs -> {
				consumer.accept(records.state(rs.getString(1), schema));
			});
	}
}
