package org.govict.infosec.web;

import jakarta.validation.Valid;
import org.govict.infosec.Measure;
import org.govict.infosec.MeasureForm;
import org.govict.infosec.MeasureGroup;
import org.govict.infosec.SecurityLevels;
import org.govict.platform.web.Flash;
import org.govict.platform.web.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The catalogue of measures by level, read by the security staff and kept by administrators. */
@Controller
@PreAuthorize("hasAnyRole('SECURITY_OFFICER','LEADER','SYSTEM_ADMIN')")
class MeasureController {

	static final String LIST = "infosec/measures";

	static final String FORM = "infosec/measure-form";

	private final SecurityLevels levels;

	MeasureController(SecurityLevels levels) {
		this.levels = levels;
	}

	@GetMapping("/infosec/measures")
	String list(Model model) {
		model.addAttribute("measures", levels.catalogue()
			.stream()
			.sorted(java.util.Comparator.comparing((Measure m) -> MeasureGroup.of(m.group())
				.map(Enum::ordinal)
				.orElse(MeasureGroup.values().length)).thenComparing(Measure::code))
			.toList());
		model.addAttribute("canManage", SecurityLevels.canKeepCatalogue());
		return LIST;
	}

	@GetMapping("/infosec/measures/new")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String newMeasure(Model model) {
		model.addAttribute("measureForm", MeasureForm.empty());
		model.addAttribute("editing", null);
		model.addAttribute("groups", MeasureGroup.values());
		model.addAttribute("parts", MeasureGroup.Part.values());
		return FORM;
	}

	@GetMapping("/infosec/measures/{code}/edit")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String edit(@PathVariable String code, Model model) {
		model.addAttribute("measureForm", MeasureForm.of(levels.measure(code)));
		model.addAttribute("editing", code);
		model.addAttribute("groups", MeasureGroup.values());
		model.addAttribute("parts", MeasureGroup.Part.values());
		return FORM;
	}

	@PostMapping("/infosec/measures/new")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String add(@Valid @ModelAttribute("measureForm") MeasureForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("editing", null);
		model.addAttribute("groups", MeasureGroup.values());
		model.addAttribute("parts", MeasureGroup.Part.values());
		return save(form, true, result, redirect);
	}

	@PostMapping("/infosec/measures/{code}/edit")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String change(@PathVariable String code, @Valid @ModelAttribute("measureForm") MeasureForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		model.addAttribute("editing", code);
		model.addAttribute("groups", MeasureGroup.values());
		model.addAttribute("parts", MeasureGroup.Part.values());
		levels.measure(code);
		MeasureForm same = new MeasureForm(code, form.group(), form.textVi(), form.textEn(), form.minLevel(),
				form.active());
		return save(same, false, result, redirect);
	}

	private String save(MeasureForm form, boolean adding, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			levels.saveMeasure(form, adding);
			Flash.success(redirect, "common.saved");
			return "redirect:/infosec/measures";
		}
		catch (InvalidInputException invalid) {
			result.addAllErrors(invalid.getErrors());
			return FORM;
		}
	}
}
