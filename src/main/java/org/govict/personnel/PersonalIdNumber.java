package org.govict.personnel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The personal ID number (số định danh cá nhân, the number on the citizen identity card, CCCD): twelve digits, read
 * as laid down by Circular 07/2016/TT-BCA and its amendments. The first three digits are the code of the province
 * where the birth was registered, the fourth gives the century of birth and the sex, the fifth and sixth the last two
 * digits of the year of birth, and the last six are a random sequence.
 * <p>
 * It is the key of a personnel record, so a number that cannot be one is refused with the reason.
 */
public record PersonalIdNumber(String value) {

	private static final int LENGTH = 12;

	/**
	 * The province codes of the personal ID scheme: the 63 provinces and centrally run cities as they were before the
	 * 2025 merger. Numbers already issued keep these codes.
	 */
	private static final Map<String, String> PROVINCES = provinces();

	private static final Pattern SCIENTIFIC = Pattern.compile("([0-9])(?:[.,]([0-9]+))?[eE]\\+?([0-9]{1,2})");

	private static final Pattern WHOLE_WITH_ZERO_FRACTION = Pattern.compile("([0-9]+)[.,]0+");

	/** Checks every rule that the number alone can show; use {@link #parse(String)} for text typed or imported. */
	public PersonalIdNumber {
		if (value == null || value.isEmpty()) {
			throw new PersonnelRuleViolation(Refusal.of("personnel.id.blank"));
		}
		if (value.length() != LENGTH) {
			throw new PersonnelRuleViolation(Refusal.of("personnel.id.wrongLength", value.length()));
		}
		if (!allDigits(value)) {
			throw new PersonnelRuleViolation(Refusal.of("personnel.id.notDigits"));
		}
		String province = value.substring(0, 3);
		if (!PROVINCES.containsKey(province)) {
			throw new PersonnelRuleViolation(Refusal.of("personnel.id.unknownProvince", province));
		}
	}

	/**
	 * Reads a number as typed or imported: spaces around it are dropped (also the no-break space that spreadsheets
	 * leave), and what remains must be exactly twelve digits that pass the rules.
	 * @throws PersonnelRuleViolation with the reason when it is not a personal ID number
	 */
	public static PersonalIdNumber parse(String text) {
		return new PersonalIdNumber(text == null ? null : trim(text));
	}

	/**
	 * Reads a number that spreadsheet software may have turned into a number: without its leading zeros (10 or 11
	 * digits left, since every province code starts with 0), with a zero fraction ({@code 79203012345.0}) or in
	 * scientific notation ({@code 7.9203012345E+10}, with a point or a comma). The zeros are put back when the result
	 * is a valid number. Scientific notation that shows fewer digits than the number has ({@code 7.92E+10}) has lost
	 * the others for good and is refused: guessing them would attach a record to a stranger.
	 * @throws PersonnelRuleViolation with the reason when the text cannot be repaired into a valid number
	 */
	public static PersonalIdNumber repair(String text) {
		if (text == null) {
			return parse(null);
		}
		String trimmed = trim(text);
		Matcher whole = WHOLE_WITH_ZERO_FRACTION.matcher(trimmed);
		if (whole.matches()) {
			trimmed = whole.group(1);
		}
		Matcher scientific = SCIENTIFIC.matcher(trimmed);
		if (scientific.matches()) {
			trimmed = digitsOf(scientific, text);
		}
		if (allDigits(trimmed) && trimmed.length() >= LENGTH - 2 && trimmed.length() < LENGTH) {
			trimmed = "0".repeat(LENGTH - trimmed.length()) + trimmed;
		}
		return new PersonalIdNumber(trimmed);
	}

	private static String digitsOf(Matcher scientific, String text) {
		String fraction = scientific.group(2) == null ? "" : scientific.group(2);
		String mantissa = scientific.group(1) + fraction;
		int digits = Integer.parseInt(scientific.group(3)) + 1;
		if (digits > LENGTH || digits < LENGTH - 2) {
			throw new PersonnelRuleViolation(Refusal.of("personnel.id.wrongLength", digits));
		}
		if (mantissa.length() > digits) {
			throw new PersonnelRuleViolation(Refusal.of("personnel.id.notDigits"));
		}
		if (mantissa.length() < digits) {
			throw new PersonnelRuleViolation(Refusal.of("personnel.id.digitsLost", trim(text)));
		}
		return mantissa;
	}

	/** The code of the province where the birth was registered, such as {@code 001} for Hà Nội. */
	public String provinceCode() {
		return value.substring(0, 3);
	}

	/** The name of that province, in Vietnamese, as it was when the code was given. */
	public String provinceName() {
		return PROVINCES.get(provinceCode());
	}

	/** Even century digits are men's, odd ones women's. */
	public Sex sex() {
		return centuryDigit() % 2 == 0 ? Sex.MALE : Sex.FEMALE;
	}

	/** The year of birth: the century from the fourth digit (0/1 for 1900–1999, 2/3 for 2000–2099 ...) and the two after. */
	public int birthYear() {
		return firstYearOfCentury() + Integer.parseInt(value.substring(4, 6));
	}

	/**
	 * What the number says that disagrees with the sex and date of birth of the record: the sex, the century or the
	 * last two digits of the year, each its own reason. Empty when the number fits the person.
	 */
	public List<Refusal> disagreementsWith(Sex sex, LocalDate birthDate) {
		List<Refusal> refusals = new ArrayList<>();
		if (sex != sex()) {
			refusals.add(Refusal.of(sex() == Sex.MALE ? "personnel.id.sexDigitSaysMale" : "personnel.id.sexDigitSaysFemale",
					centuryDigit()));
		}
		int year = birthDate.getYear();
		int firstYear = firstYearOfCentury();
		if (year < firstYear || year > firstYear + 99) {
			refusals.add(Refusal.of("personnel.id.centuryMismatch", centuryDigit(), firstYear, firstYear + 99, year));
		}
		String yearDigits = value.substring(4, 6);
		if (Math.floorMod(year, 100) != Integer.parseInt(yearDigits)) {
			refusals.add(Refusal.of("personnel.id.birthYearMismatch", yearDigits, year));
		}
		return Collections.unmodifiableList(refusals);
	}

	/**
	 * Refuses the number for a person whose sex or year of birth it contradicts.
	 * @throws PersonnelRuleViolation with a reason for each disagreement
	 */
	public void checkAgainst(Sex sex, LocalDate birthDate) {
		List<Refusal> refusals = disagreementsWith(sex, birthDate);
		if (!refusals.isEmpty()) {
			throw new PersonnelRuleViolation(refusals);
		}
	}

	/** The name of the province of a code of the scheme, if it is one. */
	public static Optional<String> provinceNamed(String code) {
		return Optional.ofNullable(PROVINCES.get(code));
	}

	/** Every province code of the scheme with its province's name, in code order. */
	public static Map<String, String> provinceCodes() {
		return PROVINCES;
	}

	@Override
	public String toString() {
		return value;
	}

	private int centuryDigit() {
		return value.charAt(3) - '0';
	}

	private int firstYearOfCentury() {
		return 1900 + centuryDigit() / 2 * 100;
	}

	private static boolean allDigits(String text) {
		return text.chars().allMatch(c -> c >= '0' && c <= '9');
	}

	private static String trim(String text) {
		return text.replace('\u00A0', ' ').strip();
	}

	private static Map<String, String> provinces() {
		Map<String, String> provinces = new TreeMap<>();
		String[] codes = { "001", "Hà Nội", "002", "Hà Giang", "004", "Cao Bằng", "006", "Bắc Kạn", "008", "Tuyên Quang",
				"010", "Lào Cai", "011", "Điện Biên", "012", "Lai Châu", "014", "Sơn La", "015", "Yên Bái", "017", "Hòa Bình",
				"019", "Thái Nguyên", "020", "Lạng Sơn", "022", "Quảng Ninh", "024", "Bắc Giang", "025", "Phú Thọ", "026",
				"Vĩnh Phúc", "027", "Bắc Ninh", "030", "Hải Dương", "031", "Hải Phòng", "033", "Hưng Yên", "034", "Thái Bình",
				"035", "Hà Nam", "036", "Nam Định", "037", "Ninh Bình", "038", "Thanh Hóa", "040", "Nghệ An", "042", "Hà Tĩnh",
				"044", "Quảng Bình", "045", "Quảng Trị", "046", "Thừa Thiên Huế", "048", "Đà Nẵng", "049", "Quảng Nam",
				"051", "Quảng Ngãi", "052", "Bình Định", "054", "Phú Yên", "056", "Khánh Hòa", "058", "Ninh Thuận", "060",
				"Bình Thuận", "062", "Kon Tum", "064", "Gia Lai", "066", "Đắk Lắk", "067", "Đắk Nông", "068", "Lâm Đồng",
				"070", "Bình Phước", "072", "Tây Ninh", "074", "Bình Dương", "075", "Đồng Nai", "077", "Bà Rịa - Vũng Tàu",
				"079", "Hồ Chí Minh", "080", "Long An", "082", "Tiền Giang", "083", "Bến Tre", "084", "Trà Vinh", "086",
				"Vĩnh Long", "087", "Đồng Tháp", "089", "An Giang", "091", "Kiên Giang", "092", "Cần Thơ", "093", "Hậu Giang",
				"094", "Sóc Trăng", "095", "Bạc Liêu", "096", "Cà Mau" };
		for (int i = 0; i < codes.length; i += 2) {
			provinces.put(codes[i], codes[i + 1]);
		}
		return Collections.unmodifiableMap(provinces);
	}

}
