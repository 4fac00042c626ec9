package org.govict.infosec;

import java.util.Locale;

/** A measure of the catalogue (Circular 12/2022/TT-BTTTT), required from its minimum level up. */
public record Measure(String code, String group, String textVi, String textEn, int minLevel, boolean active) {

	public String text(Locale locale) {
		return "en".equals(locale.getLanguage()) && textEn != null ? textEn : textVi;
	}
}
