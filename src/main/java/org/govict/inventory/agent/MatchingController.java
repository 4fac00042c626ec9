package org.govict.inventory.agent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.govict.audit.AuditRecord;
import org.govict.audit.AuditTrail;
import org.govict.inventory.Inventory;
import org.govict.platform.web.Flash;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' page of the matching rules: which criteria are tried, in which order, and which values
 * identify nothing.
 */
@Controller
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class MatchingController {

	static final String VIEW = "inventory/matching";

	private final MatchingRuleStore store;

	private final AuditTrail audit;

	MatchingController(MatchingRuleStore store, AuditTrail audit) {
		this.store = store;
		this.audit = audit;
	}

	@GetMapping("/inventory/matching")
	String show(Model model) {
		List<MatchingRuleStore.Rule> rules = new ArrayList<>(store.rules());
		// A criterion missing from the table is shown disabled, last.
		for (MatchCriterion criterion : MatchCriterion.values()) {
			if (rules.stream().noneMatch(r -> r.criterion() == criterion)) {
				rules.add(new MatchingRuleStore.Rule(rules.size() + 1, criterion, false));
			}
		}
		model.addAttribute("rules", rules);
		model.addAttribute("placeholders", String.join("\n", store.placeholders()));
		return VIEW;
	}

	/** Each criterion comes as {@code position_<CRITERION>} and, when ticked, {@code enabled_<CRITERION>}. */
	@PostMapping("/inventory/matching")
	@Transactional
	String save(@RequestParam Map<String, String> form, @RequestParam(defaultValue = "") String placeholders,
			RedirectAttributes redirect) {
		List<MatchingRuleStore.Rule> before = store.rules();
		List<MatchingRuleStore.Rule> rules = new ArrayList<>();
		for (MatchCriterion criterion : MatchCriterion.values()) {
			int position;
			try {
				position = Integer.parseInt(form.getOrDefault("position_" + criterion, "99").strip());
			}
			catch (NumberFormatException ex) {
				position = 99;
			}
			rules.add(new MatchingRuleStore.Rule(position, criterion, form.containsKey("enabled_" + criterion)));
		}
		rules.sort(Comparator.comparingInt(MatchingRuleStore.Rule::position)
			.thenComparing(r -> r.criterion().ordinal()));
		List<String> values = Arrays.stream(placeholders.split("\\R")).map(String::strip).filter(v -> !v.isEmpty()).toList();
		store.save(rules, values);
		audit.record(AuditRecord.changed(Inventory.MODULE, "MatchingRules", "rules", null,
				Map.of("rules", before), Map.of("rules", store.rules(), "placeholders", values)));
		Flash.success(redirect, "common.saved");
		return "redirect:/inventory/matching";
	}
}
