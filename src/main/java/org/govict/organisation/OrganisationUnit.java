package org.govict.organisation;

import java.util.Locale;

/**
 * An organisation unit (đơn vị) as other modules see it. {@code path} is the chain of ids from the root
 * ("/1/4/17/"), so that "is X within Y" is a prefix test.
 */
public record OrganisationUnit(Long id, String code, String nameVi, String nameEn, UnitKind kind, Long parentId,
		String path, String address, String provinceCode, String wardCode, boolean active, int version) {

	/** The name in the reader's language; units without an English name show the Vietnamese one. */
	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank() ? nameEn : nameVi;
	}

	public int depth() {
		return (int) path.chars().filter(c -> c == '/').count() - 2;
	}

	public boolean isWithin(OrganisationUnit ancestor) {
		return path.startsWith(ancestor.path());
	}
}
