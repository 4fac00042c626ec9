package org.govict.audit.web;

import org.govict.audit.internal.AuditEntry;
import org.govict.audit.internal.AuditSearch;
import org.govict.audit.internal.ChainVerifier;
import org.govict.platform.web.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** The auditors' pages: search the trail, read one entry, verify the chain. Reading is not itself audited. */
@Controller
@PreAuthorize("hasAnyRole('AUDITOR', 'SYSTEM_ADMIN')")
class AuditController {

	static final String SEARCH = "audit/search";

	static final String DETAIL = "audit/detail";

	static final String VERIFY = "audit/verify";

	private final AuditSearch search;

	private final ChainVerifier verifier;

	private final JsonMapper json;

	AuditController(AuditSearch search, ChainVerifier verifier, JsonMapper json) {
		this.search = search;
		this.verifier = verifier;
		this.json = json;
	}

	@GetMapping("/audit")
	String search(@ModelAttribute("filter") AuditFilter filter, Model model) {
		model.addAttribute("result", search.search(filter.toQuery(), filter.pageOrFirst(), filter.sizeOrDefault()));
		return SEARCH;
	}

	@GetMapping("/audit/{id:\\d+}")
	String detail(@PathVariable long id, Model model) {
		AuditEntry entry = search.find(id).orElseThrow(() -> new NotFoundException("Audit entry", id));
		model.addAttribute("entry", entry);
		model.addAttribute("before", pretty(entry.beforeState()));
		model.addAttribute("after", pretty(entry.afterState()));
		return DETAIL;
	}

	@GetMapping("/audit/verify")
	String verify(Model model) {
		model.addAttribute("verification", verifier.verify());
		return VERIFY;
	}

	/** States are stored as compact JSON; an auditor reads them indented. Text that is not JSON shows as it is. */
	private String pretty(String state) {
		if (state == null) {
			return null;
		}
		try {
			return json.writerWithDefaultPrettyPrinter().writeValueAsString(json.readTree(state));
		}
		catch (JacksonException notJson) {
			return state;
		}
	}
}
