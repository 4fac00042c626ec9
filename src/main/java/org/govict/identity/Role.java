package org.govict.identity;

import java.util.Locale;

/**
 * A role (vai trò) from the roles table: the module that defines it, its names and description in both
 * languages, whether it administers others, and how many accounts in the reader's scope hold it.
 */
public record Role(String code, String module, String nameVi, String nameEn, String descriptionVi,
		String descriptionEn, boolean administrative, long holders) {

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
	}

	public String description(Locale locale) {
		return "en".equals(locale.getLanguage()) ? descriptionEn : descriptionVi;
	}
}
