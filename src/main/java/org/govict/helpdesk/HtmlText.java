package org.govict.helpdesk;

import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * The text of an HTML mail, for a ticket's description: scripts, styles and comments dropped, block ends made line
 * breaks, every tag removed and entities decoded. The result is only ever shown escaped; the patterns run in
 * linear time so that a hostile mail costs nothing.
 */
final class HtmlText {

	private static final int MOST = 1_000_000;

	private static final Pattern HIDDEN = Pattern.compile("(?is)<(script|style|head|title)\\b[^>]*>.*?</\\1\\s*>");

	private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");

	private static final Pattern BREAK = Pattern
		.compile("(?i)<br\\b[^>]*>|</(p|div|li|tr|h[1-6]|blockquote|pre|table|ul|ol)\\s*>");

	private static final Pattern ITEM = Pattern.compile("(?i)<li\\b[^>]*>");

	private static final Pattern TAG = Pattern.compile("<[^>]*>");

	private HtmlText() {
	}

	static String toText(String html) {
		String s = html.length() > MOST ? html.substring(0, MOST) : html;
		s = HIDDEN.matcher(s).replaceAll(" ");
		s = COMMENT.matcher(s).replaceAll("");
		s = s.replaceAll("\\s*[\\r\\n]+\\s*", " ");
		s = BREAK.matcher(s).replaceAll("\n");
		s = ITEM.matcher(s).replaceAll("- ");
		s = TAG.matcher(s).replaceAll("");
		s = HtmlUtils.htmlUnescape(s).replace('\u00A0', ' ');
		s = s.replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n[ \\t]+", "\n").replaceAll("\\n{3,}", "\n\n");
		return s.strip();
	}
}
