package org.govict.personnel;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The quantity and quality report BM01-VC/BNV of a unit's subtree on a day: a line for each child unit with its
 * subtree (and one for the people of the unit itself, if any), and the total.
 */
public record WorkforceReport(LocalDate asOf, Long unitId, String unitNameVi, String unitNameEn, List<Line> lines,
		WorkforceTally total) {

	public String unitName(Locale locale) {
		return "en".equals(locale.getLanguage()) && unitNameEn != null && !unitNameEn.isBlank() ? unitNameEn
				: unitNameVi;
	}

	/**
	 * One line: a unit with its subtree; {@code own} is the line of the people placed in the chosen unit itself
	 * rather than in one of its children.
	 */
	public record Line(Long unitId, String code, String nameVi, String nameEn, boolean own, WorkforceTally tally) {

		public String name(Locale locale) {
			return "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank() ? nameEn : nameVi;
		}
	}
}
