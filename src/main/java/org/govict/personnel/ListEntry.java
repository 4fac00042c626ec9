package org.govict.personnel;

import java.util.Locale;

/**
 * One entry of a reference list. Ranks (ngạch) also carry their salary grade and staff group; salary grades
 * carry the years between regular steps. The other lists leave those empty.
 */
public record ListEntry(ListKind list, String code, String nameVi, String nameEn, boolean active, int sortOrder,
		String salaryGrade, StaffGroup staffGroup, Integer stepYears) {

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank() ? nameEn : nameVi;
	}

	ListEntry deactivated() {
		return new ListEntry(list, code, nameVi, nameEn, false, sortOrder, salaryGrade, staffGroup, stepYears);
	}
}
