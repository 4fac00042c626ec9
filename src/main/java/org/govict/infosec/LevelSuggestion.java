package org.govict.infosec;

import java.util.List;

/**
 * The level the rules suggest and why: each reason names the article and clause of Decree 85 and a message key.
 */
public record LevelSuggestion(int level, List<Reason> reasons) {

	/** One rule that applies: the level it gives, where the decree says so, and a message key explaining it. */
	public record Reason(int level, String article, String messageKey) {
	}
}
