package org.govict.personnel.imports;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Converts text typed in the legacy Vietnamese font encodings into Unicode NFC. Files from before Unicode (and
 * spreadsheets still formatted with their fonts) hold such text as Latin-1 characters, one per byte of the font:
 * <ul>
 * <li><b>TCVN3 (ABC)</b>, fonts {@code .VnTime}, {@code .VnArial}: one byte 0xA1–0xFE per precomposed letter
 * ("NguyÔn ThÞ H­¬ng" is "Nguyễn Thị Hương"). The encoding has lower-case toned letters only: capitals were written
 * with the same codes in the capital fonts ({@code .VnTimeH}), so they come out in lower case;</li>
 * <li><b>VNI</b>, fonts {@code VNI-Times}, {@code VNI-Helve}: the base letter followed by a byte for its marks
 * ("Nguyeãn Thò Höông"), and single bytes for đ, ơ, ư and the toned i and y.</li>
 * </ul>
 * A cell is converted only when it carries characters that Vietnamese Unicode text never has, every such character
 * belongs to one of the encodings, and the result reads as Vietnamese syllables (at most one tone per word).
 * Plain ASCII and ordinary Unicode text (which always has a letter beyond Latin-1, or only Latin-1 letters that
 * Vietnamese uses) are returned unaltered.
 */
public final class LegacyVietnamese {

	/** TCVN3 byte (as the Latin-1 character it shows as) → Unicode letter. */
	private static final Map<Character, Character> TCVN3 = new HashMap<>();

	/** VNI single-byte letters. */
	private static final Map<Character, Character> VNI_SINGLE = new HashMap<>();

	/** VNI mark bytes, lower-case form → the combining marks they add (NFD order: vowel mark first, then tone). */
	private static final Map<Character, String> VNI_MARKS = new HashMap<>();

	/** Latin-1 letters that Vietnamese Unicode text uses; anything else above 0x7F is evidence of a legacy font. */
	private static final String VIETNAMESE_LATIN1 = "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý";

	private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

	static {
		String tcvn3 = """
				A1 Ă A2 Â A3 Ê A4 Ô A5 Ơ A6 Ư A7 Đ A8 ă A9 â AA ê AB ô AC ơ AD ư AE đ
				B5 à B6 ả B7 ã B8 á B9 ạ BB ằ BC ẳ BD ẵ BE ắ C6 ặ C7 ầ C8 ẩ C9 ẫ CA ấ CB ậ
				CC è CE ẻ CF ẽ D0 é D1 ẹ D2 ề D3 ể D4 ễ D5 ế D6 ệ D7 ì D8 ỉ DC ĩ DD í DE ị
				DF ò E1 ỏ E2 õ E3 ó E4 ọ E5 ồ E6 ổ E7 ỗ E8 ố E9 ộ EA ờ EB ở EC ỡ ED ớ EE ợ
				EF ù F1 ủ F2 ũ F3 ú F4 ụ F5 ừ F6 ử F7 ữ F8 ứ F9 ự FA ỳ FB ỷ FC ỹ FD ý FE ỵ""";
		String[] pairs = tcvn3.strip().split("\\s+");
		for (int i = 0; i < pairs.length; i += 2) {
			TCVN3.put((char) Integer.parseInt(pairs[i], 16), pairs[i + 1].charAt(0));
		}
		// VNI: ì í æ ó ò are ì í ỉ ĩ ị; î is ỵ; ñ đ; ô ơ; ö ư. Capitals likewise.
		String single = "ìì íí æỉ óĩ òị îỵ ñđ ôơ öư ÌÌ ÍÍ ÆỈ ÓĨ ÒỊ ÎỴ ÑĐ ÔƠ ÖƯ";
		for (String pair : single.split(" ")) {
			VNI_SINGLE.put(pair.charAt(0), pair.charAt(1));
		}
		// Tones alone: ù sắc, ø huyền, û hỏi, õ ngã, ï nặng.
		VNI_MARKS.put('ù', "\u0301");
		VNI_MARKS.put('ø', "\u0300");
		VNI_MARKS.put('û', "\u0309");
		VNI_MARKS.put('õ', "\u0303");
		VNI_MARKS.put('ï', "\u0323");
		// The circumflex (â, ê, ô) alone and with each tone: â á à å ã ä.
		VNI_MARKS.put('â', "\u0302");
		VNI_MARKS.put('á', "\u0302\u0301");
		VNI_MARKS.put('à', "\u0302\u0300");
		VNI_MARKS.put('å', "\u0302\u0309");
		VNI_MARKS.put('ã', "\u0302\u0303");
		VNI_MARKS.put('ä', "\u0302\u0323");
		// The breve (ă) alone and with each tone: ê é è ú ü ë.
		VNI_MARKS.put('ê', "\u0306");
		VNI_MARKS.put('é', "\u0306\u0301");
		VNI_MARKS.put('è', "\u0306\u0300");
		VNI_MARKS.put('ú', "\u0306\u0309");
		VNI_MARKS.put('ü', "\u0306\u0303");
		VNI_MARKS.put('ë', "\u0306\u0323");
	}

	private LegacyVietnamese() {
	}

	/** The text in Unicode NFC: converted when it is in a legacy encoding, otherwise only composed. */
	public static String toUnicode(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
		if (!hasLegacyEvidence(composed)) {
			return composed;
		}
		String vni = fromVni(composed);
		if (vni != null && plausible(vni)) {
			return vni;
		}
		String tcvn3 = fromTcvn3(composed);
		if (tcvn3 != null && plausible(tcvn3)) {
			return tcvn3;
		}
		return composed;
	}

	/**
	 * Whether the text has nothing beyond Latin-1 and something that Vietnamese Unicode text never has: a Latin-1
	 * character that is not a Vietnamese letter ("H­¬ng", "Höông"), a capital in the middle of a word ("NguyÔn"),
	 * or a vowel followed by a toned vowel in a way no Vietnamese syllable is spelt ("Nguyeãn", "Vaên").
	 */
	static boolean hasLegacyEvidence(String text) {
		boolean evidence = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c > 0xFF && !(c >= 0x2000 && c <= 0x206F) && c != 0x20AC) {
				return false;
			}
			if (c < 0xA0) {
				continue;
			}
			char previous = i == 0 ? 0 : text.charAt(i - 1);
			if (VIETNAMESE_LATIN1.indexOf(c) < 0) {
				evidence = true;
			}
			else if (Character.isUpperCase(c) && Character.isLowerCase(previous)) {
				evidence = true;
			}
			else if ("aeAE".indexOf(previous) >= 0 && VNI_MARKS.containsKey(Character.toLowerCase(c))
					|| "oO".indexOf(previous) >= 0 && Character.toLowerCase(c) == 'â') {
				// No Vietnamese syllable has a or e followed by a toned vowel, or "oâ"; VNI writes "Vaên", "Nguyeãn",
				// "Ñoâng". Other vowels are followed by toned ones in Unicode text too (hoàng, giáo, quá, xuân).
				evidence = true;
			}
		}
		return evidence;
	}

	/** TCVN3 to Unicode; null when a character above 0xA0 is not one of its letters. */
	static String fromTcvn3(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c > 0xA0 && c <= 0xFF) {
				Character letter = TCVN3.get(c);
				if (letter == null) {
					return null;
				}
				out.append(letter.charValue());
			}
			else {
				out.append(c);
			}
		}
		return Normalizer.normalize(out, Normalizer.Form.NFC);
	}

	/** VNI to Unicode; null when a mark byte does not follow a vowel or a character is not VNI. */
	static String fromVni(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c <= 0x7F || (c >= 0x2000 && c <= 0x206F)) {
				out.append(c);
				continue;
			}
			if (c < 0xA0) {
				return null;
			}
			char lower = Character.toLowerCase(c);
			String marks = VNI_MARKS.get(lower);
			char previous = out.isEmpty() ? 0 : out.charAt(out.length() - 1);
			if (marks != null && takesVniMarks(previous, marks)) {
				out.append(marks);
			}
			else if (VNI_SINGLE.containsKey(c)) {
				out.append(VNI_SINGLE.get(c).charValue());
			}
			else {
				return null;
			}
		}
		return Normalizer.normalize(out, Normalizer.Form.NFC);
	}

	/** Whether a VNI mark byte can follow the letter: tones follow any vowel, the circumflex and breve only a, e, o. */
	private static boolean takesVniMarks(char base, String marks) {
		char b = Character.toLowerCase(base);
		boolean vowel = "aeiouyơư".indexOf(b) >= 0;
		if (!vowel) {
			return false;
		}
		char first = marks.charAt(0);
		if (first == '\u0302') {
			return b == 'a' || b == 'e' || b == 'o';
		}
		if (first == '\u0306') {
			return b == 'a';
		}
		return true;
	}

	/** Whether every word has at most one tone mark, as every Vietnamese syllable has. */
	static boolean plausible(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		int tones = 0;
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			if (TONES.indexOf(c) >= 0) {
				if (++tones > 1) {
					return false;
				}
			}
			else if (!Character.isLetter(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
				tones = 0;
			}
		}
		return true;
	}
}
