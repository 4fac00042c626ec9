package org.govict.reference.web;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;

import jakarta.validation.Valid;
import org.govict.platform.web.Flash;
import org.govict.platform.web.InvalidInputException;
import org.govict.reference.CalendarDay;
import org.govict.reference.CalendarDayForm;
import org.govict.reference.DayKind;
import org.govict.reference.WorkingCalendar;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The working calendar: a year's listed dates, the deadline calculator, and the administrators' forms. */
@Controller
class CalendarController {

	static final String CALENDAR = "reference/calendar";

	static final String DEADLINE = "reference/fragments/deadline :: result";

	static final String FORM = "reference/calendar-form";

	static final String PROPOSALS = "reference/calendar-proposals";

	private final WorkingCalendar calendar;

	CalendarController(WorkingCalendar calendar) {
		this.calendar = calendar;
	}

	@ModelAttribute("kinds")
	DayKind[] kinds() {
		return DayKind.values();
	}

	@GetMapping("/reference/calendar")
	String calendar(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) Integer workingDays,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		int shown = year == null || year < 1900 || year > 2999 ? Year.now().getValue() : year;
		model.addAttribute("year", shown);
		model.addAttribute("days", calendar.days(shown));
		model.addAttribute("canManage", calendar.canManage());
		model.addAttribute("from", from);
		model.addAttribute("workingDays", workingDays);
		if (from != null && workingDays != null && workingDays >= 0 && workingDays <= 3650) {
			model.addAttribute("deadline", calendar.addWorkingDays(from, workingDays));
		}
		else if (from != null || workingDays != null) {
			model.addAttribute("deadlineInvalid", true);
		}
		return htmx != null ? DEADLINE : CALENDAR;
	}

	@GetMapping("/reference/calendar/proposals")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String proposals(@RequestParam int year, Model model) {
		model.addAttribute("year", year);
		model.addAttribute("proposals", calendar.proposals(year));
		return PROPOSALS;
	}

	@PostMapping("/reference/calendar/proposals")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String adopt(@RequestParam int year,
			@RequestParam(name = "day", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) List<LocalDate> chosen,
			RedirectAttributes redirect) {
		List<CalendarDay> adopted = calendar.adopt(year, chosen == null ? List.of() : chosen);
		Flash.success(redirect, "calendar.proposals.adopted", adopted.size());
		return "redirect:/reference/calendar?year=" + year;
	}

	@GetMapping("/reference/calendar/new")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String createForm(Model model) {
		model.addAttribute("calendarDayForm", CalendarDayForm.empty());
		return FORM;
	}

	@PostMapping("/reference/calendar/new")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String create(@Valid @ModelAttribute("calendarDayForm") CalendarDayForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			CalendarDay day = calendar.add(form);
			Flash.success(redirect, "calendar.added", day.day().toString());
			return "redirect:/reference/calendar?year=" + day.day().getYear();
		}
		catch (InvalidInputException invalid) {
			result.addAllErrors(invalid.getErrors());
			return FORM;
		}
	}

	@GetMapping("/reference/calendar/{day}/edit")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String editForm(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Model model) {
		model.addAttribute("calendarDayForm", CalendarDayForm.of(calendar.get(day)));
		model.addAttribute("editing", day);
		return FORM;
	}

	@PostMapping("/reference/calendar/{day}/edit")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String update(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@Valid @ModelAttribute("calendarDayForm") CalendarDayForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("editing", day);
		if (result.hasFieldErrors("kind") || result.hasFieldErrors("nameVi") || result.hasFieldErrors("nameEn")) {
			return FORM;
		}
		try {
			calendar.change(day, form);
			Flash.success(redirect, "common.saved");
			return "redirect:/reference/calendar?year=" + day.getYear();
		}
		catch (InvalidInputException invalid) {
			result.addAllErrors(invalid.getErrors());
			return FORM;
		}
	}

	@PostMapping("/reference/calendar/{day}/delete")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String delete(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			RedirectAttributes redirect) {
		calendar.remove(day);
		Flash.success(redirect, "calendar.removed", day.toString());
		return "redirect:/reference/calendar?year=" + day.getYear();
	}
}
