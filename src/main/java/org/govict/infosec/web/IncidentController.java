package org.govict.infosec.web;

import java.time.LocalDateTime;

import jakarta.validation.Valid;
import org.govict.infosec.Incident;
import org.govict.infosec.IncidentForm;
import org.govict.infosec.IncidentReport;
import org.govict.infosec.Incidents;
import org.govict.infosec.SecurityLevels;
import org.govict.infosec.Severity;
import org.govict.infosec.StageForm;
import org.govict.inventory.AssetQuery;
import org.govict.inventory.Inventory;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Incidents: the list with their report deadlines, one incident handled stage by stage, and its PDF report. */
@Controller
@PreAuthorize("hasAnyRole('SECURITY_OFFICER','LEADER','SYSTEM_ADMIN')")
class IncidentController {

	static final String LIST = "infosec/incidents";

	static final String DETAIL = "infosec/incident";

	static final String FORM = "infosec/incident-form";

	private final Incidents incidents;

	private final IncidentReport report;

	private final SecurityLevels levels;

	private final Inventory inventory;

	IncidentController(Incidents incidents, IncidentReport report, SecurityLevels levels, Inventory inventory) {
		this.inventory = inventory;
		this.incidents = incidents;
		this.report = report;
		this.levels = levels;
	}

	@GetMapping("/infosec/incidents")
	String list(Model model) {
		model.addAttribute("incidents", incidents.list());
		model.addAttribute("subjects", new Subjects());
		model.addAttribute("now", incidents.now());
		model.addAttribute("settings", incidents.settings());
		model.addAttribute("zone", Incidents.ZONE);
		model.addAttribute("canManage", SecurityLevels.canManage());
		return LIST;
	}

	/** Names the system or asset of an incident in the list. */
	final class Subjects {

		public String of(Incident incident) {
			return incidents.subject(incident);
		}
	}

	@GetMapping("/infosec/incidents/{id}")
	String detail(@PathVariable long id, Model model) {
		model.addAttribute("stageForm", new StageForm(null, null, null));
		return prepareDetail(id, model);
	}

	private String prepareDetail(long id, Model model) {
		Incident incident = incidents.get(id);
		model.addAttribute("incident", incident);
		model.addAttribute("subject", incidents.subject(incident));
		model.addAttribute("steps", incidents.steps(id));
		model.addAttribute("deadline", incident.deadline(incidents.now(), incidents.settings()));
		model.addAttribute("noticeDeadline", incident.noticeDeadline(incidents.now(), incidents.settings()));
		model.addAttribute("zone", Incidents.ZONE);
		model.addAttribute("canManage", SecurityLevels.canManage());
		return DETAIL;
	}

	@PostMapping("/infosec/incidents/{id}/stage")
	@PreAuthorize("hasAnyRole('SECURITY_OFFICER','SYSTEM_ADMIN')")
	String advance(@PathVariable long id, @Valid @ModelAttribute("stageForm") StageForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return prepareDetail(id, model);
		}
		try {
			incidents.advance(id, form);
			Flash.success(redirect, "common.saved");
		}
		catch (InvalidInputException invalid) {
			result.addAllErrors(invalid.getErrors());
			return prepareDetail(id, model);
		}
		catch (RuleViolationException refused) {
			Flash.error(redirect, refused.getMessageKey(), refused.getArguments());
		}
		return "redirect:/infosec/incidents/" + id;
	}

	@PostMapping("/infosec/incidents/{id}/noticed")
	@PreAuthorize("hasAnyRole('SECURITY_OFFICER','SYSTEM_ADMIN')")
	String noticed(@PathVariable long id, RedirectAttributes redirect) {
		return mark(id, redirect, () -> incidents.markNoticed(id));
	}

	@PostMapping("/infosec/incidents/{id}/reported")
	@PreAuthorize("hasAnyRole('SECURITY_OFFICER','SYSTEM_ADMIN')")
	String reported(@PathVariable long id, RedirectAttributes redirect) {
		return mark(id, redirect, () -> incidents.markReported(id));
	}

	/** Records a fact of the incident's notice or report, and goes back to the incident with the outcome. */
	private static String mark(long id, RedirectAttributes redirect, Runnable marking) {
		try {
			marking.run();
			Flash.success(redirect, "common.saved");
		}
		catch (RuleViolationException refused) {
			Flash.error(redirect, refused.getMessageKey(), refused.getArguments());
		}
		return "redirect:/infosec/incidents/" + id;
	}

	@GetMapping("/infosec/incidents/{id}/report.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("bao-cao-su-co-" + id + ".pdf").build().toString())
			.body(report.pdf(id));
	}

	@GetMapping("/infosec/incidents/new")
	@PreAuthorize("hasAnyRole('SECURITY_OFFICER','SYSTEM_ADMIN')")
	String newIncident(Model model) {
		model.addAttribute("incidentForm", IncidentForm.empty(LocalDateTime.now(Incidents.ZONE)));
		return prepareForm(model);
	}

	@PostMapping("/infosec/incidents/new")
	@PreAuthorize("hasAnyRole('SECURITY_OFFICER','SYSTEM_ADMIN')")
	String create(@Valid @ModelAttribute("incidentForm") IncidentForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		prepareForm(model);
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			Incident incident = incidents.report(form);
			Flash.success(redirect, "common.saved");
			return "redirect:/infosec/incidents/" + incident.id();
		}
		catch (InvalidInputException invalid) {
			result.addAllErrors(invalid.getErrors());
			return FORM;
		}
	}

	private String prepareForm(Model model) {
		model.addAttribute("systems", levels.list());
		model.addAttribute("assets", inventory.search(new AssetQuery(null, null, null, null, 0)));
		model.addAttribute("severities", Severity.values());
		return FORM;
	}
}
