package org.govict.personnel.web;

import java.time.LocalDate;
import java.util.Set;

import org.govict.organisation.Organisation;
import org.govict.personnel.PersonnelConsents;
import org.govict.personnel.PersonnelRegistry;
import org.govict.personnel.RecordRefused;
import org.govict.platform.web.Flash;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The consents of a record to access by other agencies: list, record, withdraw. */
@Controller
class ConsentController {

	static final String VIEW = "personnel/consents";

	private final PersonnelConsents consents;

	private final PersonnelRegistry registry;

	private final Organisation organisation;

	ConsentController(PersonnelConsents consents, PersonnelRegistry registry, Organisation organisation) {
		this.consents = consents;
		this.registry = registry;
		this.organisation = organisation;
	}

	/** The form of a consent; dates as dd/MM/yyyy or yyyy-MM-dd from a date input. */
	record ConsentFormData(Long agencyUnitId, String purpose,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate givenOn,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn) {
	}

	@GetMapping("/personnel/records/{id}/consents")
	String list(@PathVariable long id, Model model) {
		if (!model.containsAttribute("consentForm")) {
			model.addAttribute("consentForm", new ConsentFormData(null, "", LocalDate.now(), null));
		}
		return page(id, model);
	}

	@PostMapping("/personnel/records/{id}/consents")
	String record(@PathVariable long id, @ModelAttribute("consentForm") ConsentFormData form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				consents.record(id, new PersonnelConsents.ConsentForm(form.agencyUnitId(), form.purpose(),
						form.givenOn(), form.expiresOn()));
				Flash.success(redirect, "personnel.consent.recorded");
				return "redirect:/personnel/records/" + id + "/consents";
			}
			catch (RecordRefused refused) {
				Refusals.bind(refused, result, Set.of("agencyUnitId", "purpose", "givenOn", "expiresOn"));
			}
		}
		return page(id, model);
	}

	@PostMapping("/personnel/records/{id}/consents/{consentId}/withdraw")
	String withdraw(@PathVariable long id, @PathVariable long consentId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			RedirectAttributes redirect) {
		try {
			consents.withdraw(id, consentId, on);
			Flash.success(redirect, "personnel.consent.withdrawn");
		}
		catch (RecordRefused refused) {
			Flash.error(redirect, refused.refusals().get(0).refusal().messageKey());
		}
		return "redirect:/personnel/records/" + id + "/consents";
	}

	private String page(long id, Model model) {
		model.addAttribute("consents", consents.list(id));
		model.addAttribute("record", registry.get(id));
		// Agencies are the upper levels of the tree: ministries, provinces and their departments.
		model.addAttribute("agencies", organisation.allUnscoped().stream().filter(u -> u.depth() <= 1).toList());
		model.addAttribute("canRecord", PersonnelRegistry.canChange());
		model.addAttribute("today", LocalDate.now());
		return VIEW;
	}
}
