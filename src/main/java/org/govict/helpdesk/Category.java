package org.govict.helpdesk;

import java.util.Locale;

/** A ticket category (danh mục), editable by system administrators. */
public record Category(long id, String nameVi, String nameEn, boolean active) {

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
	}
}
