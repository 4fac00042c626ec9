package org.govict.reference;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** What an administrator enters to list a date on the calendar, or to change how it is listed. */
public record CalendarDayForm(
		@NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
		@NotNull(message = "{validation.required}") DayKind kind,
		@NotBlank(message = "{validation.required}") @Size(max = 200) String nameVi,
		@NotBlank(message = "{validation.required}") @Size(max = 200) String nameEn) {

	public static CalendarDayForm empty() {
		return new CalendarDayForm(null, null, "", "");
	}

	public static CalendarDayForm of(CalendarDay day) {
		return new CalendarDayForm(day.day(), day.kind(), day.nameVi(), day.nameEn());
	}

	CalendarDay toDay() {
		return new CalendarDay(day, kind, nameVi.strip(), nameEn.strip());
	}
}
