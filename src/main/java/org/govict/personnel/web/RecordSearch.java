package org.govict.personnel.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.BiConsumer;

import org.govict.personnel.RecordQuery;

/**
 * The search form of the records list, also the query of the exports and of the API's search: a name or ID number,
 * a unit subtree, rank, position, education level, status and an age range.
 */
record RecordSearch(String q, Long unit, String rank, String position, String education, String status,
		Integer ageFrom, Integer ageTo, Integer page, Integer size) {

	RecordQuery query() {
		return new RecordQuery(blankToNull(q), unit, blankToNull(rank), blankToNull(position), blankToNull(education),
				blankToNull(status), ageFrom, ageTo, null, page == null ? 0 : page, size == null ? 20 : size);
	}

	boolean isEmpty() {
		return blankToNull(q) == null && unit == null && blankToNull(rank) == null && blankToNull(position) == null
				&& blankToNull(education) == null && blankToNull(status) == null && ageFrom == null && ageTo == null;
	}

	/** The criteria as a query string, without the page: for the export links and the pager. */
	String queryString() {
		StringJoiner query = new StringJoiner("&");
		criteria((name, value) -> query.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8)));
		return query.toString();
	}

	/** The query string of another page of the same search. */
	String pageQuery(int otherPage) {
		String criteria = queryString();
		return (criteria.isEmpty() ? "" : criteria + "&") + "page=" + otherPage;
	}

	private void criteria(BiConsumer<String, Object> add) {
		Map<String, Object> all = new java.util.LinkedHashMap<>();
		all.put("q", blankToNull(q));
		all.put("unit", unit);
		all.put("rank", blankToNull(rank));
		all.put("position", blankToNull(position));
		all.put("education", blankToNull(education));
		all.put("status", blankToNull(status));
		all.put("ageFrom", ageFrom);
		all.put("ageTo", ageTo);
		all.forEach((name, value) -> {
			if (value != null) {
				add.accept(name, value);
			}
		});
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
