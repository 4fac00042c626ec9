package org.govict.reference;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The public holidays of a year as the Labour Code 2019 (art. 112) sets them, for administrators to review before
 * the government's annual decision: New Year's Day; five days of Tết (proposed as the last day of the lunar year
 * and the first four of the new one); the Hung Kings' day (10th of the 3rd lunar month); 30 April; 1 May; and
 * 2 September with a day next to it. A holiday falling on a weekend gives a day off on the next working day
 * (art. 112(3)). Make-up Saturdays are decided case by case and are not proposed.
 */
public final class HolidayProposals {

	private HolidayProposals() {
	}

	public static List<CalendarDay> forYear(int year) {
		List<CalendarDay> holidays = new ArrayList<>();
		holidays.add(holiday(LocalDate.of(year, 1, 1), "Tết Dương lịch", "New Year's Day"));
		LocalDate tet = LunarCalendar.tet(year);
		holidays.add(holiday(tet.minusDays(1), "Tết Nguyên đán (ngày cuối năm âm lịch)", "Lunar New Year's Eve"));
		for (int day = 1; day <= 4; day++) {
			holidays.add(holiday(tet.plusDays(day - 1), "Tết Nguyên đán (Mùng " + day + ")",
					"Lunar New Year, day " + day));
		}
		holidays.add(holiday(LunarCalendar.toGregorian(year, 3, 10), "Giỗ Tổ Hùng Vương (10/3 âm lịch)",
				"Hung Kings' Commemoration Day"));
		holidays.add(holiday(LocalDate.of(year, 4, 30), "Ngày Chiến thắng", "Reunification Day"));
		holidays.add(holiday(LocalDate.of(year, 5, 1), "Ngày Quốc tế Lao động", "International Labour Day"));
		LocalDate nationalDay = LocalDate.of(year, 9, 2);
		holidays.add(holiday(nationalDay, "Quốc khánh", "National Day"));
		holidays.add(holiday(adjacentToNationalDay(nationalDay), "Quốc khánh (ngày liền kề)",
				"National Day (adjacent day)"));

		Set<LocalDate> taken = holidays.stream().map(CalendarDay::day).collect(Collectors.toSet());
		List<CalendarDay> proposals = new ArrayList<>(holidays);
		for (CalendarDay holiday : holidays) {
			if (isWeekend(holiday.day())) {
				LocalDate off = holiday.day().plusDays(1);
				while (isWeekend(off) || taken.contains(off)) {
					off = off.plusDays(1);
				}
				taken.add(off);
				proposals.add(new CalendarDay(off, DayKind.DAY_OFF, "Nghỉ bù " + holiday.nameVi(),
						"Day off for " + holiday.nameEn() + " falling on a weekend"));
			}
		}
		proposals.sort(Comparator.comparing(CalendarDay::day));
		return proposals;
	}

	/** The day next to 2 September that makes the longer break: the 3rd after a Thursday or Monday, else the 1st. */
	static LocalDate adjacentToNationalDay(LocalDate nationalDay) {
		DayOfWeek weekday = nationalDay.getDayOfWeek();
		return weekday == DayOfWeek.THURSDAY || weekday == DayOfWeek.MONDAY ? nationalDay.plusDays(1)
				: nationalDay.minusDays(1);
	}

	private static CalendarDay holiday(LocalDate day, String nameVi, String nameEn) {
		return new CalendarDay(day, DayKind.HOLIDAY, nameVi, nameEn);
	}

	private static boolean isWeekend(LocalDate day) {
		return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
	}
}
