package org.govict.infosec.web;

import java.io.IOException;
import java.util.List;

import jakarta.validation.Valid;
import org.govict.infosec.AppraisalForm;
import org.govict.infosec.ChecklistGroup;
import org.govict.infosec.ApprovalForm;
import org.govict.infosec.InformationSystem;
import org.govict.infosec.LevelRules;
import org.govict.infosec.MeasureStatus;
import org.govict.infosec.ProposalForm;
import org.govict.infosec.RequiredMeasure;
import org.govict.infosec.SecurityHarm;
import org.govict.infosec.SecurityLevels;
import org.govict.infosec.SystemForm;
import org.govict.infosec.SystemKind;
import org.govict.infosec.SystemReach;
import org.govict.infosec.WorksGrade;
import org.govict.organisation.Organisation;
import org.govict.organisation.OrganisationUnit;
import org.govict.platform.web.Flash;
import org.govict.platform.web.InvalidInputException;
import org.govict.platform.web.RuleViolationException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The register of information systems: the list, a system with its facts, its level dossier and its checklist, and
 * the forms that register and change a system.
 */
@Controller
@PreAuthorize("hasAnyRole('SECURITY_OFFICER','LEADER','SYSTEM_ADMIN')")
class SystemController {

	static final String LIST = "infosec/systems";

	static final String DETAIL = "infosec/system";

	static final String FORM = "infosec/system-form";

	private final SecurityLevels levels;

	private final Organisation organisation;

	SystemController(SecurityLevels levels, Organisation organisation) {
		this.levels = levels;
		this.organisation = organisation;
	}

	@GetMapping("/infosec/systems")
	String list(Model model) {
		model.addAttribute("systems", levels.list());
		model.addAttribute("unitById", organisation.visibleUnits(false)
			.stream()
			.collect(java.util.stream.Collectors.toMap(OrganisationUnit::id, u -> u, (a, b) -> a)));
		model.addAttribute("today", levels.today());
		model.addAttribute("canManage", SecurityLevels.canManage());
		return LIST;
	}

	@GetMapping("/infosec/systems/{id}")
	String detail(@PathVariable long id, Model model) {
		InformationSystem s = levels.get(id);
		model.addAttribute("proposalForm", new ProposalForm(Math.max(s.suggestedLevel(),
				s.proposedLevel() == null ? 0 : s.proposedLevel()), levels.today(), s.appraisingUnit()));
		model.addAttribute("appraisalForm", new AppraisalForm(levels.today(), null));
		model.addAttribute("approvalForm", new ApprovalForm(null, levels.today(), null));
		return prepareDetail(s, model);
	}

	private String prepareDetail(InformationSystem s, Model model) {
		List<RequiredMeasure> checklist = levels.checklist(s.id());
		model.addAttribute("system", s);
		model.addAttribute("groups", ChecklistGroup.of(checklist));
		model.addAttribute("reasons", LevelRules.suggest(s.facts()).reasons());
		model.addAttribute("checklist", checklist);
		model.addAttribute("met", checklist.stream().filter(r -> r.status() == MeasureStatus.MET).count());
		model.addAttribute("unit", organisation.findUnscoped(s.ownerUnitId()).orElse(null));
		model.addAttribute("today", levels.today());
		model.addAttribute("transitionEnds", levels.transitionEnds());
		model.addAttribute("statuses", MeasureStatus.values());
		model.addAttribute("canManage", SecurityLevels.canManage());
		model.addAttribute("canApprove", SecurityLevels.canApprove());
		return DETAIL;
	}

	@PostMapping("/infosec/systems/{id}/propose")
	String propose(@PathVariable long id, @Valid @ModelAttribute("proposalForm") ProposalForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return dossierStep(id, result, model, redirect, () -> levels.propose(id, form));
	}

	@PostMapping("/infosec/systems/{id}/appraise")
	String appraise(@PathVariable long id, @Valid @ModelAttribute("appraisalForm") AppraisalForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return dossierStep(id, result, model, redirect, () -> levels.appraise(id, form));
	}

	@PostMapping("/infosec/systems/{id}/approve")
	@PreAuthorize("hasRole('LEADER')")
	String approve(@PathVariable long id, @Valid @ModelAttribute("approvalForm") ApprovalForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return dossierStep(id, result, model, redirect, () -> levels.approve(id, form));
	}

	/** Runs one step of the dossier; a form with errors shows the system again with the errors by their fields. */
	private String dossierStep(long id, BindingResult result, Model model, RedirectAttributes redirect,
			Runnable step) {
		InformationSystem s = levels.get(id);
		if (!model.containsAttribute("proposalForm")) {
			model.addAttribute("proposalForm", new ProposalForm(s.suggestedLevel(), levels.today(), null));
		}
		if (!model.containsAttribute("appraisalForm")) {
			model.addAttribute("appraisalForm", new AppraisalForm(levels.today(), null));
		}
		if (!model.containsAttribute("approvalForm")) {
			model.addAttribute("approvalForm", new ApprovalForm(null, levels.today(), null));
		}
		if (result.hasErrors()) {
			return prepareDetail(s, model);
		}
		try {
			step.run();
			Flash.success(redirect, "common.saved");
		}
		catch (InvalidInputException invalid) {
			result.addAllErrors(invalid.getErrors());
			return prepareDetail(s, model);
		}
		catch (RuleViolationException refused) {
			Flash.error(redirect, refused.getMessageKey(), refused.getArguments());
		}
		return "redirect:/infosec/systems/" + id;
	}

	@PostMapping("/infosec/systems/{id}/measures/{code}")
	@PreAuthorize("hasAnyRole('SECURITY_OFFICER','SYSTEM_ADMIN')")
	String setMeasure(@PathVariable long id, @PathVariable String code, @RequestParam MeasureStatus status,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		try {
			levels.setMeasure(id, code, status, reason);
			Flash.success(redirect, "common.saved");
		}
		catch (RuleViolationException refused) {
			Flash.error(redirect, refused.getMessageKey(), refused.getArguments());
		}
		return "redirect:/infosec/systems/" + id + "#m-" + code;
	}

	@PostMapping("/infosec/systems/{id}/measures/{code}/evidence")
	@PreAuthorize("hasAnyRole('SECURITY_OFFICER','SYSTEM_ADMIN')")
	String attach(@PathVariable long id, @PathVariable String code, @RequestParam("file") MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		try {
			// Refused before the bytes are read, so a large upload is not held in memory.
			if (file.getSize() > SecurityLevels.MAX_EVIDENCE) {
				throw new RuleViolationException("infosec.error.evidenceSize");
			}
			levels.attachEvidence(id, code, file.getOriginalFilename(), file.getBytes());
			Flash.success(redirect, "common.saved");
		}
		catch (RuleViolationException refused) {
			Flash.error(redirect, refused.getMessageKey(), refused.getArguments());
		}
		return "redirect:/infosec/systems/" + id + "#m-" + code;
	}

	@GetMapping("/infosec/evidence/{id}")
	ResponseEntity<byte[]> evidence(@PathVariable long id) {
		var file = levels.evidence(id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

	@GetMapping("/infosec/systems/new")
	@PreAuthorize("hasAnyRole('SECURITY_OFFICER','SYSTEM_ADMIN')")
	String newSystem(Model model) {
		model.addAttribute("systemForm", SystemForm.empty());
		return prepareForm(null, model);
	}

	@PostMapping("/infosec/systems/new")
	@PreAuthorize("hasAnyRole('SECURITY_OFFICER','SYSTEM_ADMIN')")
	String register(@Valid @ModelAttribute("systemForm") SystemForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		prepareForm(null, model);
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			InformationSystem s = levels.register(form);
			Flash.success(redirect, "common.saved");
			return "redirect:/infosec/systems/" + s.id();
		}
		catch (InvalidInputException invalid) {
			result.addAllErrors(invalid.getErrors());
			return FORM;
		}
	}

	@GetMapping("/infosec/systems/{id}/edit")
	@PreAuthorize("hasAnyRole('SECURITY_OFFICER','SYSTEM_ADMIN')")
	String edit(@PathVariable long id, Model model) {
		InformationSystem s = levels.get(id);
		model.addAttribute("systemForm", SystemForm.of(s));
		return prepareForm(s, model);
	}

	@PostMapping("/infosec/systems/{id}/edit")
	@PreAuthorize("hasAnyRole('SECURITY_OFFICER','SYSTEM_ADMIN')")
	String change(@PathVariable long id, @RequestParam int version,
			@Valid @ModelAttribute("systemForm") SystemForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		InformationSystem s = levels.get(id);
		prepareForm(s, model);
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			InformationSystem after = levels.changeFacts(id, form, version);
			Flash.success(redirect, after.toReclassify() ? "infosec.system.toReclassifyText" : "common.saved");
			return "redirect:/infosec/systems/" + id;
		}
		catch (InvalidInputException invalid) {
			result.addAllErrors(invalid.getErrors());
			return FORM;
		}
		catch (RuleViolationException refused) {
			result.reject(refused.getMessageKey(), refused.getArguments(), null);
			return FORM;
		}
	}

	private String prepareForm(InformationSystem editing, Model model) {
		model.addAttribute("editing", editing);
		List<OrganisationUnit> units = organisation.visibleUnits(true);
		model.addAttribute("units", units);
		model.addAttribute("assets", editing == null ? levels.unregisteredAssets() : List.of());
		model.addAttribute("kinds", SystemKind.values());
		model.addAttribute("reaches", SystemReach.values());
		model.addAttribute("grades", WorksGrade.values());
		model.addAttribute("harms", SecurityHarm.values());
		return FORM;
	}
}
