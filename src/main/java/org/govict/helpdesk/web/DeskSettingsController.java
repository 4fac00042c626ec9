package org.govict.helpdesk.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.govict.helpdesk.DeskMailbox;
import org.govict.helpdesk.Level;
import org.govict.helpdesk.ServiceDeskSetup;
import org.govict.helpdesk.ServiceLevel;
import org.govict.organisation.Organisation;
import org.govict.platform.web.Flash;
import org.govict.platform.web.RuleViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The desk's lists on one page: categories and service levels (system administrators change them), assignment
 * groups with their technicians (technicians and administrators change those of their units), and how the desk's
 * mailbox was last read.
 */
@Controller
@PreAuthorize("hasAnyRole('IT_TECHNICIAN','SYSTEM_ADMIN')")
class DeskSettingsController {

	static final String VIEW = "helpdesk/settings";

	private final ServiceDeskSetup setup;

	private final Organisation organisation;

	private final DeskMailbox mailbox;

	DeskSettingsController(ServiceDeskSetup setup, Organisation organisation, DeskMailbox mailbox) {
		this.setup = setup;
		this.organisation = organisation;
		this.mailbox = mailbox;
	}

	@GetMapping("/helpdesk/settings")
	String show(Locale locale, Model model) {
		model.addAttribute("categories", setup.categories());
		model.addAttribute("serviceLevels", setup.serviceLevels());
		model.addAttribute("groups", setup.groups());
		model.addAttribute("technicians", setup.technicians());
		Map<Long, String> technicianNames = new HashMap<>();
		setup.technicians().forEach(t -> technicianNames.put(t.id(), t.fullName()));
		model.addAttribute("technicianNames", technicianNames);
		model.addAttribute("units", organisation.visibleUnits(true));
		Map<Long, String> unitNames = new HashMap<>();
		organisation.visibleUnits(false).forEach(u -> unitNames.put(u.id(), u.name(locale)));
		model.addAttribute("unitNames", unitNames);
		model.addAttribute("mailbox", mailbox.status());
		model.addAttribute("zone", TicketController.VIETNAM);
		return VIEW;
	}

	@PostMapping("/helpdesk/settings/categories")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String addCategory(@RequestParam String nameVi, @RequestParam(required = false) String nameEn,
			RedirectAttributes redirect) {
		return done(redirect, () -> setup.addCategory(nameVi, nameEn));
	}

	@PostMapping("/helpdesk/settings/categories/{id}")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String changeCategory(@PathVariable long id, @RequestParam String nameVi, @RequestParam String nameEn,
			@RequestParam(defaultValue = "false") boolean active, RedirectAttributes redirect) {
		return done(redirect, () -> setup.changeCategory(id, nameVi, nameEn, active));
	}

	@PostMapping("/helpdesk/settings/service-levels/{priority}")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String setServiceLevel(@PathVariable Level priority, @RequestParam int responseMinutes,
			@RequestParam int resolutionMinutes, RedirectAttributes redirect) {
		return done(redirect, () -> setup.setServiceLevel(new ServiceLevel(priority, responseMinutes, resolutionMinutes)));
	}

	@PostMapping("/helpdesk/settings/groups")
	String addGroup(@RequestParam String name, @RequestParam long unitId,
			@RequestParam(required = false) List<Long> memberIds, RedirectAttributes redirect) {
		return done(redirect, () -> setup.addGroup(name, unitId, memberIds == null ? List.of() : memberIds));
	}

	@PostMapping("/helpdesk/settings/groups/{id}")
	String setMembers(@PathVariable long id, @RequestParam(required = false) List<Long> memberIds,
			RedirectAttributes redirect) {
		return done(redirect, () -> setup.setMembers(id, memberIds == null ? List.of() : memberIds));
	}

	private static String done(RedirectAttributes redirect, Runnable change) {
		try {
			change.run();
			Flash.success(redirect, "common.saved");
		}
		catch (RuleViolationException refused) {
			Flash.error(redirect, refused.getMessageKey(), refused.getArguments());
		}
		return "redirect:/helpdesk/settings";
	}
}
