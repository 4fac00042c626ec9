package org.govict.feedback;

import java.util.Locale;

/** A topic cases are filed under (lĩnh vực); administrators keep the list. */
public record Topic(String code, String nameVi, String nameEn, boolean active, int sortOrder) {

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank() ? nameEn : nameVi;
	}
}
