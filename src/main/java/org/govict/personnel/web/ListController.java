package org.govict.personnel.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.govict.personnel.CoefficientForm;
import org.govict.personnel.ListEntry;
import org.govict.personnel.ListEntryForm;
import org.govict.personnel.ListKind;
import org.govict.personnel.PersonnelLists;
import org.govict.personnel.SalaryStep;
import org.govict.personnel.StaffGroup;
import org.govict.platform.web.Flash;
import org.govict.platform.web.InvalidInputException;
import org.govict.platform.web.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The personnel reference lists: an index, each list's entries, and the administrators' forms. */
@Controller
class ListController {

	static final String INDEX = "personnel/lists";

	static final String LIST = "personnel/list";

	static final String FORM = "personnel/entry-form";

	static final String COEFFICIENT = "personnel/coefficient-form";

	private final PersonnelLists lists;

	ListController(PersonnelLists lists) {
		this.lists = lists;
	}

	@ModelAttribute("staffGroups")
	StaffGroup[] staffGroups() {
		return StaffGroup.values();
	}

	@GetMapping("/personnel/lists")
	String index(Model model) {
		model.addAttribute("counts", lists.counts());
		model.addAttribute("kinds", ListKind.values());
		return INDEX;
	}

	@GetMapping("/personnel/lists/{list}")
	String list(@PathVariable("list") String slug,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			Model model) {
		ListKind list = kind(slug);
		model.addAttribute("kind", list);
		model.addAttribute("entries", lists.entries(list));
		model.addAttribute("canManage", lists.canManage());
		if (list == ListKind.SALARY_GRADES) {
			LocalDate day = asOf == null ? LocalDate.now() : asOf;
			Map<String, List<SalaryStep>> grid = new LinkedHashMap<>();
			for (ListEntry grade : lists.entries(list)) {
				grid.put(grade.code(), lists.steps(grade.code(), day));
			}
			model.addAttribute("asOf", day);
			model.addAttribute("grid", grid);
			model.addAttribute("maxSteps", grid.values().stream().mapToInt(List::size).max().orElse(0));
		}
		return LIST;
	}

	@GetMapping("/personnel/lists/{list}/new")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String createForm(@PathVariable("list") String slug, Model model) {
		prepareForm(kind(slug), null, model);
		model.addAttribute("listEntryForm", ListEntryForm.empty());
		return FORM;
	}

	@PostMapping("/personnel/lists/{list}/new")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String create(@PathVariable("list") String slug, @Valid @ModelAttribute("listEntryForm") ListEntryForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		ListKind list = kind(slug);
		prepareForm(list, null, model);
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			ListEntry entry = lists.add(list, form);
			Flash.success(redirect, "personnel.lists.added", entry.code());
			return "redirect:/personnel/lists/" + list.slug();
		}
		catch (InvalidInputException invalid) {
			result.addAllErrors(invalid.getErrors());
			return FORM;
		}
	}

	@GetMapping("/personnel/lists/{list}/{code}/edit")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String editForm(@PathVariable("list") String slug, @PathVariable String code, Model model) {
		ListKind list = kind(slug);
		prepareForm(list, code, model);
		model.addAttribute("listEntryForm", ListEntryForm.of(lists.get(list, code)));
		return FORM;
	}

	@PostMapping("/personnel/lists/{list}/{code}/edit")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String update(@PathVariable("list") String slug, @PathVariable String code,
			@Valid @ModelAttribute("listEntryForm") ListEntryForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ListKind list = kind(slug);
		prepareForm(list, code, model);
		if (result.getFieldErrors().stream().anyMatch(e -> !e.getField().equals("code"))) {
			return FORM;
		}
		try {
			lists.change(list, code, form);
			Flash.success(redirect, "common.saved");
			return "redirect:/personnel/lists/" + list.slug();
		}
		catch (InvalidInputException invalid) {
			result.addAllErrors(invalid.getErrors());
			return FORM;
		}
	}

	@PostMapping("/personnel/lists/{list}/{code}/deactivate")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String deactivate(@PathVariable("list") String slug, @PathVariable String code, RedirectAttributes redirect) {
		ListKind list = kind(slug);
		lists.deactivate(list, code);
		Flash.success(redirect, "personnel.lists.deactivated", code);
		return "redirect:/personnel/lists/" + list.slug();
	}

	@GetMapping("/personnel/lists/salary-grades/{code}/coefficient")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String coefficientForm(@PathVariable String code, Model model) {
		model.addAttribute("grade", lists.get(ListKind.SALARY_GRADES, code));
		model.addAttribute("coefficientForm", CoefficientForm.empty());
		return COEFFICIENT;
	}

	@PostMapping("/personnel/lists/salary-grades/{code}/coefficient")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String setCoefficient(@PathVariable String code, @Valid @ModelAttribute("coefficientForm") CoefficientForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		model.addAttribute("grade", lists.get(ListKind.SALARY_GRADES, code));
		if (result.hasErrors()) {
			return COEFFICIENT;
		}
		try {
			SalaryStep step = lists.setCoefficient(code, form);
			Flash.success(redirect, "personnel.lists.coefficientSet", code, step.step(), step.validFrom().toString());
			return "redirect:/personnel/lists/salary-grades?asOf=" + step.validFrom();
		}
		catch (InvalidInputException invalid) {
			result.addAllErrors(invalid.getErrors());
			return COEFFICIENT;
		}
	}

	private void prepareForm(ListKind list, String editing, Model model) {
		model.addAttribute("kind", list);
		model.addAttribute("editing", editing);
		if (list == ListKind.RANKS) {
			model.addAttribute("grades", lists.entries(ListKind.SALARY_GRADES));
		}
	}

	private static ListKind kind(String slug) {
		return ListKind.ofSlug(slug).orElseThrow(() -> new NotFoundException("Personnel list", slug));
	}
}
