package org.govict.reference.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.govict.platform.web.ApiController;
import org.govict.reference.CalendarDay;
import org.govict.reference.CalendarDayForm;
import org.govict.reference.DayKind;
import org.govict.reference.WorkingCalendar;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The working calendar for other systems: a year's listed dates, deadlines, and changes by administrators. */
@ApiController("/api/v1/calendar")
class CalendarApi {

	private final WorkingCalendar calendar;

	CalendarApi(WorkingCalendar calendar) {
		this.calendar = calendar;
	}

	@GetMapping("/{year:\\d{4}}")
	List<CalendarDay> year(@PathVariable int year) {
		return calendar.days(year);
	}

	/** The Labour Code's holidays of the year that the calendar does not list yet, to review and add. */
	@GetMapping("/{year:\\d{4}}/proposals")
	List<CalendarDay> proposals(@PathVariable int year) {
		return calendar.proposals(year);
	}

	@GetMapping("/deadline")
	Deadline deadline(@Valid DeadlineQuery query) {
		return new Deadline(query.from(), query.workingDays(),
				calendar.addWorkingDays(query.from(), query.workingDays()));
	}

	@PostMapping("/days")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	CalendarDay add(@Valid @RequestBody CalendarDayForm form) {
		return calendar.add(form);
	}

	@PutMapping("/days/{day}")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	CalendarDay change(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@Valid @RequestBody ChangeRequest change) {
		return calendar.change(day, new CalendarDayForm(day, change.kind(), change.nameVi(), change.nameEn()));
	}

	@DeleteMapping("/days/{day}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	void remove(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
		calendar.remove(day);
	}

	record DeadlineQuery(@NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@NotNull(message = "{validation.required}") @Min(0) @Max(3650) Integer workingDays) {
	}

	record Deadline(LocalDate from, int workingDays, LocalDate deadline) {
	}

	/** A change keeps the date, which is the key; only the kind and names change. */
	record ChangeRequest(@NotNull(message = "{validation.required}") DayKind kind,
			@NotBlank(message = "{validation.required}") String nameVi,
			@NotBlank(message = "{validation.required}") String nameEn) {
	}
}
