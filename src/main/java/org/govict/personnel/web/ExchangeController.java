package org.govict.personnel.web;

import java.util.Set;

import org.govict.organisation.Organisation;
import org.govict.personnel.ExchangeSubscriptions;
import org.govict.personnel.RecordRefused;
import org.govict.platform.web.Flash;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The data exchange page: webhook subscriptions, their recent deliveries, and a guide to the pull API. */
@Controller
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'PERSONNEL_NATIONAL')")
class ExchangeController {

	static final String VIEW = "personnel/exchange";

	private final ExchangeSubscriptions subscriptions;

	private final Organisation organisation;

	ExchangeController(ExchangeSubscriptions subscriptions, Organisation organisation) {
		this.subscriptions = subscriptions;
		this.organisation = organisation;
	}

	record SubscriptionForm(String name, String url, Long unitId) {
	}

	@GetMapping("/personnel/exchange")
	String page(Model model) {
		if (!model.containsAttribute("subscriptionForm")) {
			model.addAttribute("subscriptionForm", new SubscriptionForm("", "https://", null));
		}
		model.addAttribute("subscriptions", subscriptions.list());
		model.addAttribute("deliveries", subscriptions.recentDeliveries(20));
		model.addAttribute("units", organisation.visibleUnits(true));
		return VIEW;
	}

	@PostMapping("/personnel/exchange/subscriptions")
	String subscribe(@ModelAttribute("subscriptionForm") SubscriptionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (form.name() == null || form.name().isBlank()) {
			result.rejectValue("name", "personnel.value.required");
		}
		else if (form.name().strip().length() > 200) {
			result.rejectValue("name", "personnel.value.tooLong", new Object[] { 200 }, null);
		}
		if (form.unitId() == null) {
			result.rejectValue("unitId", "personnel.value.required");
		}
		if (!result.hasErrors()) {
			try {
				ExchangeSubscriptions.Created created = subscriptions.subscribe(form.name(), form.url(),
						form.unitId());
				redirect.addFlashAttribute("issuedSecret", created.secret());
				Flash.success(redirect, "personnel.exchange.subscribed");
				return "redirect:/personnel/exchange";
			}
			catch (RecordRefused refused) {
				Refusals.bind(refused, result, Set.of("name", "url", "unitId"));
			}
		}
		return page(model);
	}

	@PostMapping("/personnel/exchange/subscriptions/{id}/deactivate")
	String deactivate(@PathVariable long id, RedirectAttributes redirect) {
		subscriptions.deactivate(id);
		Flash.success(redirect, "personnel.exchange.deactivated");
		return "redirect:/personnel/exchange";
	}
}
