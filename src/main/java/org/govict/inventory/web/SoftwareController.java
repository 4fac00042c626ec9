package org.govict.inventory.web;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.govict.inventory.Inventory;
import org.govict.inventory.Licence;
import org.govict.inventory.LicenceForm;
import org.govict.inventory.SoftwareLicences;
import org.govict.organisation.Organisation;
import org.govict.organisation.OrganisationUnit;
import org.govict.platform.web.Flash;
import org.govict.platform.web.InvalidInputException;
import org.govict.platform.web.RuleViolationException;
import org.springframework.beans.factory.annotation.Value;
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

/** The software catalogue, the licences with their installed counts, and the reminder intervals. */
@Controller
@PreAuthorize("hasAnyRole('IT_TECHNICIAN','SECURITY_OFFICER','SYSTEM_ADMIN')")
class SoftwareController {

	static final String CATALOGUE = "inventory/software";

	static final String LICENCES = "inventory/licences";

	static final String FORM = "inventory/licence-form";

	private final SoftwareLicences software;

	private final Organisation organisation;

	/** How often the installations are counted, as the page tells. */
	private final Duration censusInterval;

	SoftwareController(SoftwareLicences software, Organisation organisation,
			@Value("${govict.inventory.software-census-interval:PT10M}") Duration censusInterval) {
		this.software = software;
		this.organisation = organisation;
		this.censusInterval = censusInterval;
	}

	@ModelAttribute("canManage")
	boolean canManage() {
		return Inventory.canManage();
	}

	@GetMapping("/inventory/software")
	String catalogue(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("q", q == null ? "" : q.strip());
		model.addAttribute("page", Math.max(page, 0));
		model.addAttribute("software", software.catalogue(q, page));
		model.addAttribute("pageSize", SoftwareLicences.PAGE_SIZE);
		model.addAttribute("countedAt", software.censusTakenAt().orElse(null));
		model.addAttribute("censusMinutes", Math.max(1, censusInterval.toMinutes()));
		return CATALOGUE;
	}

	@PostMapping("/inventory/software/census")
	String takeCensus(RedirectAttributes redirect) {
		software.takeCensus();
		Flash.success(redirect, "inventory.software.census.taken");
		return "redirect:/inventory/software";
	}

	@GetMapping("/inventory/licences")
	String licences(Model model) {
		List<OrganisationUnit> units = organisation.visibleUnits(false);
		model.addAttribute("licences", software.licences());
		model.addAttribute("unitsById", units.stream().collect(Collectors.toMap(OrganisationUnit::id, Function.identity())));
		model.addAttribute("today", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
		model.addAttribute("reminderDays",
				software.reminderDays().stream().map(String::valueOf).collect(Collectors.joining(", ")));
		return LICENCES;
	}

	@PostMapping("/inventory/licences/reminders")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String setReminders(@RequestParam String days, RedirectAttributes redirect) {
		List<Integer> parsed = new ArrayList<>();
		try {
			for (String part : days.split("[,;\\s]+")) {
				if (!part.isBlank()) {
					parsed.add(Integer.parseInt(part.strip()));
				}
			}
			software.setReminderDays(parsed);
			Flash.success(redirect, "common.saved");
		}
		catch (NumberFormatException | RuleViolationException invalid) {
			Flash.error(redirect, "inventory.licence.error.reminderDays");
		}
		return "redirect:/inventory/licences";
	}

	@GetMapping("/inventory/licences/new")
	@PreAuthorize("hasAnyRole('IT_TECHNICIAN','SYSTEM_ADMIN')")
	String createForm(Model model) {
		model.addAttribute("licenceForm", LicenceForm.empty());
		return prepareForm(null, model);
	}

	@PostMapping("/inventory/licences/new")
	@PreAuthorize("hasAnyRole('IT_TECHNICIAN','SYSTEM_ADMIN')")
	String create(@Valid @ModelAttribute("licenceForm") LicenceForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return prepareForm(null, model);
		}
		try {
			software.register(form);
			Flash.success(redirect, "common.saved");
			return "redirect:/inventory/licences";
		}
		catch (InvalidInputException invalid) {
			invalid.copyTo(result);
			return prepareForm(null, model);
		}
	}

	@GetMapping("/inventory/licences/{id:\\d+}/edit")
	@PreAuthorize("hasAnyRole('IT_TECHNICIAN','SYSTEM_ADMIN')")
	String editForm(@PathVariable long id, Model model) {
		model.addAttribute("licenceForm", LicenceForm.of(software.get(id)));
		return prepareForm(id, model);
	}

	@PostMapping("/inventory/licences/{id:\\d+}/edit")
	@PreAuthorize("hasAnyRole('IT_TECHNICIAN','SYSTEM_ADMIN')")
	String change(@PathVariable long id, @Valid @ModelAttribute("licenceForm") LicenceForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return prepareForm(id, model);
		}
		try {
			Licence licence = software.change(id, form);
			Flash.success(redirect, "common.saved");
			return "redirect:/inventory/licences#licence-" + licence.id();
		}
		catch (InvalidInputException invalid) {
			invalid.copyTo(result);
			return prepareForm(id, model);
		}
		catch (RuleViolationException stale) {
			result.reject("validation.stale");
			return prepareForm(id, model);
		}
	}

	private String prepareForm(Long editing, Model model) {
		model.addAttribute("editing", editing);
		model.addAttribute("units", organisation.visibleUnits(true));
		return FORM;
	}
}
