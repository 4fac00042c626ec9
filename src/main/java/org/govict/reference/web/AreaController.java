package org.govict.reference.web;

import org.govict.platform.web.NotFoundException;
import org.govict.reference.AdministrativeAreas;
import org.govict.reference.Province;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The administrative areas: the provinces with their ward counts, a ward search, and each province's wards. */
@Controller
class AreaController {

	static final String AREAS = "reference/areas";

	static final String PROVINCE = "reference/province";

	static final int SEARCH_LIMIT = 100;

	private final AdministrativeAreas areas;

	AreaController(AdministrativeAreas areas) {
		this.areas = areas;
	}

	@GetMapping("/reference/areas")
	String areas(@RequestParam(required = false) String q, @RequestParam(required = false) String province,
			Model model) {
		model.addAttribute("provinces", areas.provinces());
		model.addAttribute("wardCounts", areas.wardCounts());
		if (q != null && !q.isBlank()) {
			String chosen = province == null || province.isBlank() ? null : province;
			model.addAttribute("q", q.strip());
			model.addAttribute("province", chosen);
			model.addAttribute("results", areas.searchWards(q.strip(), chosen, SEARCH_LIMIT));
		}
		return AREAS;
	}

	@GetMapping("/reference/areas/{code}")
	String province(@PathVariable String code, Model model) {
		Province province = areas.province(code).orElseThrow(() -> new NotFoundException("Province", code));
		model.addAttribute("province", province);
		model.addAttribute("wards", areas.wardsOf(code));
		return PROVINCE;
	}
}
