package org.govict.personnel;

import java.time.LocalDate;

/**
 * A search of records: a name (diacritics and case ignored, whole or leading partial words, in any Unicode form) or
 * an ID number or its beginning, within a unit subtree, by rank, position, education level, status and age on a day.
 * Every criterion is optional; the caller's scope always applies.
 */
public record RecordQuery(String text, Long unitId, String rankCode, String positionCode, String educationLevel,
		String status, Integer ageFrom, Integer ageTo, LocalDate ageOn, int page, int size) {

	public static final int MAX_SIZE = 200;

	public RecordQuery {
		page = Math.max(page, 0);
		size = size <= 0 ? 20 : Math.min(size, MAX_SIZE);
	}

	public static RecordQuery named(String text) {
		return new RecordQuery(text, null, null, null, null, null, null, null, null, 0, 20);
	}

	public RecordQuery withPage(int page, int size) {
		return new RecordQuery(text, unitId, rankCode, positionCode, educationLevel, status, ageFrom, ageTo, ageOn,
				page, size);
	}
}
