package org.govict.infosec.web;

import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.govict.infosec.FindingForm;
import org.govict.infosec.InformationSystem;
import org.govict.infosec.Inspection;
import org.govict.infosec.InspectionForm;
import org.govict.infosec.InspectionKind;
import org.govict.infosec.Inspections;
import org.govict.infosec.RemediationForm;
import org.govict.infosec.SecurityLevels;
import org.govict.infosec.Severity;
import org.govict.platform.web.Flash;
import org.govict.platform.web.InvalidInputException;
import org.govict.platform.web.RuleViolationException;
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

/** Inspections: the plans with the overdue remediation tasks, one inspection with its findings, and the forms. */
@Controller
@PreAuthorize("hasAnyRole('SECURITY_OFFICER','LEADER','SYSTEM_ADMIN')")
class InspectionController {

	static final String LIST = "infosec/inspections";

	static final String DETAIL = "infosec/inspection";

	static final String FORM = "infosec/inspection-form";

	private final Inspections inspections;

	private final SecurityLevels levels;

	InspectionController(Inspections inspections, SecurityLevels levels) {
		this.inspections = inspections;
		this.levels = levels;
	}

	@GetMapping("/infosec/inspections")
	String list(Model model) {
		model.addAttribute("inspections", inspections.list());
		model.addAttribute("overdue", inspections.overdueRemediations());
		model.addAttribute("canManage", SecurityLevels.canManage());
		return LIST;
	}

	@GetMapping("/infosec/inspections/{id}")
	String detail(@PathVariable long id, Model model) {
		model.addAttribute("findingForm", new FindingForm(null, null, Severity.MEDIUM));
		model.addAttribute("remediationForm", new RemediationForm(null, null, inspections.today().plusDays(30)));
		return prepareDetail(id, model);
	}

	private String prepareDetail(long id, Model model) {
		Inspection inspection = inspections.get(id);
		Map<Long, String> names = levels.list()
			.stream()
			.collect(Collectors.toMap(InformationSystem::id, InformationSystem::name));
		model.addAttribute("inspection", inspection);
		model.addAttribute("systemNames", names);
		model.addAttribute("severities", Severity.values());
		model.addAttribute("today", inspections.today());
		model.addAttribute("canManage", SecurityLevels.canManage());
		return DETAIL;
	}

	@PostMapping("/infosec/inspections/{id}/findings")
	@PreAuthorize("hasAnyRole('SECURITY_OFFICER','SYSTEM_ADMIN')")
	String addFinding(@PathVariable long id, @Valid @ModelAttribute("findingForm") FindingForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		model.addAttribute("remediationForm", new RemediationForm(null, null, inspections.today().plusDays(30)));
		if (result.hasErrors()) {
			return prepareDetail(id, model);
		}
		try {
			inspections.addFinding(id, form);
			Flash.success(redirect, "common.saved");
			return "redirect:/infosec/inspections/" + id;
		}
		catch (InvalidInputException invalid) {
			result.addAllErrors(invalid.getErrors());
			return prepareDetail(id, model);
		}
	}

	@PostMapping("/infosec/inspections/{id}/findings/{findingId}/remediations")
	@PreAuthorize("hasAnyRole('SECURITY_OFFICER','SYSTEM_ADMIN')")
	String addRemediation(@PathVariable long id, @PathVariable long findingId,
			@Valid @ModelAttribute("remediationForm") RemediationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("findingForm", new FindingForm(null, null, Severity.MEDIUM));
		model.addAttribute("failedFinding", findingId);
		if (result.hasErrors()) {
			return prepareDetail(id, model);
		}
		inspections.addRemediation(findingId, form);
		Flash.success(redirect, "common.saved");
		return "redirect:/infosec/inspections/" + id;
	}

	@PostMapping("/infosec/inspections/{id}/remediations/{taskId}/close")
	@PreAuthorize("hasAnyRole('SECURITY_OFFICER','SYSTEM_ADMIN')")
	String closeRemediation(@PathVariable long id, @PathVariable long taskId,
			@RequestParam(required = false) String outcome, RedirectAttributes redirect) {
		try {
			inspections.closeRemediation(taskId, outcome);
			Flash.success(redirect, "common.saved");
		}
		catch (RuleViolationException refused) {
			Flash.error(redirect, refused.getMessageKey(), refused.getArguments());
		}
		return "redirect:/infosec/inspections/" + id;
	}

	@PostMapping("/infosec/inspections/{id}/complete")
	@PreAuthorize("hasAnyRole('SECURITY_OFFICER','SYSTEM_ADMIN')")
	String complete(@PathVariable long id, RedirectAttributes redirect) {
		try {
			inspections.complete(id);
			Flash.success(redirect, "common.saved");
		}
		catch (RuleViolationException refused) {
			Flash.error(redirect, refused.getMessageKey(), refused.getArguments());
		}
		return "redirect:/infosec/inspections/" + id;
	}

	@GetMapping("/infosec/inspections/new")
	@PreAuthorize("hasAnyRole('SECURITY_OFFICER','SYSTEM_ADMIN')")
	String newInspection(Model model) {
		model.addAttribute("inspectionForm", InspectionForm.empty(inspections.today()));
		return prepareForm(model);
	}

	@PostMapping("/infosec/inspections/new")
	@PreAuthorize("hasAnyRole('SECURITY_OFFICER','SYSTEM_ADMIN')")
	String plan(@Valid @ModelAttribute("inspectionForm") InspectionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		prepareForm(model);
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			Inspection planned = inspections.plan(form);
			Flash.success(redirect, "common.saved");
			return "redirect:/infosec/inspections/" + planned.id();
		}
		catch (InvalidInputException invalid) {
			result.addAllErrors(invalid.getErrors());
			return FORM;
		}
	}

	private String prepareForm(Model model) {
		model.addAttribute("systems", levels.list());
		model.addAttribute("kinds", InspectionKind.values());
		return FORM;
	}
}
