package org.govict.reference;

import java.time.LocalDate;

import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.SimpleTimeZone;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/**
 * The Vietnamese lunisolar calendar (âm lịch). It follows the same rules as the Chinese calendar, but new moons
 * and solar terms are reckoned at Hanoi's meridian (UTC+7) instead of Beijing's (UTC+8), so that now and then a
 * month, and so Tết, begins a day earlier: 21 January 1985 in Vietnam, 20 February in China. ICU computes the
 * astronomy; this class only sets the meridian.
 */
public final class LunarCalendar {

	private static final TimeZone VIETNAM = new SimpleTimeZone(7 * 60 * 60 * 1000, "UTC+07:00");

	private LunarCalendar() {
	}

	/** The Gregorian date of the given day of a (non-leap) month of the lunar year that begins in that year. */
	public static LocalDate toGregorian(int year, int month, int day) {
		Vietnamese calendar = new Vietnamese();
		// Mid-year lies in the lunar year that began that spring (Tết falls between 21 January and 20 February):
		// read that year's number in ICU's own counting instead of assuming its epoch.
		com.ibm.icu.util.GregorianCalendar midYear = new com.ibm.icu.util.GregorianCalendar(VIETNAM);
		midYear.clear();
		midYear.set(year, com.ibm.icu.util.Calendar.JUNE, 15, 12, 0);
		calendar.setTime(midYear.getTime());
		int extendedYear = calendar.get(ChineseCalendar.EXTENDED_YEAR);
		calendar.clear();
		calendar.set(ChineseCalendar.EXTENDED_YEAR, extendedYear);
		calendar.set(ChineseCalendar.MONTH, month - 1);
		calendar.set(ChineseCalendar.IS_LEAP_MONTH, 0);
		calendar.set(ChineseCalendar.DAY_OF_MONTH, day);
		com.ibm.icu.util.GregorianCalendar gregorian = new com.ibm.icu.util.GregorianCalendar(VIETNAM);
		gregorian.setTime(calendar.getTime());
		return LocalDate.of(gregorian.get(com.ibm.icu.util.Calendar.YEAR),
				gregorian.get(com.ibm.icu.util.Calendar.MONTH) + 1,
				gregorian.get(com.ibm.icu.util.Calendar.DAY_OF_MONTH));
	}

	/** Lunar New Year's Day (Mùng 1 Tết) of the lunar year that begins in the given Gregorian year. */
	public static LocalDate tet(int year) {
		return toGregorian(year, 1, 1);
	}

	/** ICU's Chinese calendar with the astronomy done at UTC+7. */
	private static final class Vietnamese extends ChineseCalendar {

		private static final long serialVersionUID = 1L;

		Vietnamese() {
			super(VIETNAM, new ULocale("vi_VN"), VIETNAM);
		}
	}
}
