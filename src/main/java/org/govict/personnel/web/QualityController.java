package org.govict.personnel.web;

import java.time.LocalDate;

import org.govict.personnel.DataQuality;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The data quality page: the records in the reader's scope that fail a check, each linking to the record. */
@Controller
class QualityController {

	static final String QUALITY = "personnel/quality";

	private final DataQuality quality;

	QualityController(DataQuality quality) {
		this.quality = quality;
	}

	@GetMapping("/personnel/quality")
	String quality(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("missing", quality.missingFields(Math.max(0, page), 50));
		model.addAttribute("invalidIds", quality.invalidIds());
		model.addAttribute("duplicates", quality.possibleDuplicates());
		model.addAttribute("notUpdated", quality.notUpdated(LocalDate.now()));
		return QUALITY;
	}
}
