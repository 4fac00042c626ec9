package org.govict.infosec;

import java.util.List;

/**
 * The level the rules suggest and why: each reason names the article, clause and point of Decree 331/2026 and a
 * message key.
 */
public record LevelSuggestion(int level, List<Reason> reasons) {

	/**
	 * One rule that applies: the level it gives, where Decree 331 says so ("13.2.c") and a message key explaining it.
	 */
	public record Reason(int level, String article, String messageKey) {

		/** The article as cited in a dossier: "NĐ 331 Đ13.2.c". */
		public String citation() {
			return "NĐ 331 Đ" + article;
		}
	}
}
