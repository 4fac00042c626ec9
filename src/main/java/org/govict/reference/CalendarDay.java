package org.govict.reference;

import java.time.LocalDate;
import java.util.Locale;

/** A date the working calendar lists, because it is not an ordinary working day or weekend day. */
public record CalendarDay(LocalDate day, DayKind kind, String nameVi, String nameEn) {

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank() ? nameEn : nameVi;
	}
}
