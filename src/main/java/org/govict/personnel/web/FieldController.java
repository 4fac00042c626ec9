package org.govict.personnel.web;

import java.util.Set;

import org.govict.personnel.DataGroup;
import org.govict.personnel.FieldType;
import org.govict.personnel.PersonnelFields;
import org.govict.personnel.PersonnelFields.CustomField;
import org.govict.personnel.PersonnelFields.CustomFieldForm;
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

/** The custom fields of the records, per data group, and the administrators' forms. */
@Controller
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class FieldController {

	static final String LIST = "personnel/fields";

	static final String FORM = "personnel/field-form";

	private static final Set<String> FORM_FIELDS = Set.of("labelVi", "labelEn", "group", "type", "options",
			"required");

	private final PersonnelFields fields;

	FieldController(PersonnelFields fields) {
		this.fields = fields;
	}

	@ModelAttribute("groups")
	DataGroup[] groups() {
		return DataGroup.values();
	}

	@ModelAttribute("types")
	FieldType[] types() {
		return PersonnelFields.TYPES.toArray(FieldType[]::new);
	}

	@GetMapping("/personnel/fields")
	String list(Model model) {
		model.addAttribute("fields", fields.list());
		return LIST;
	}

	@GetMapping("/personnel/fields/new")
	String addForm(Model model) {
		model.addAttribute("customFieldForm", new CustomFieldForm("", "", DataGroup.IDENTITY, FieldType.TEXT, "",
				false));
		return FORM;
	}

	@PostMapping("/personnel/fields/new")
	String add(@ModelAttribute("customFieldForm") CustomFieldForm form, BindingResult result,
			RedirectAttributes redirect) {
		try {
			CustomField added = fields.add(form);
			Flash.success(redirect, "personnel.fields.added", added.field().key());
			return "redirect:/personnel/fields";
		}
		catch (RecordRefused refused) {
			Refusals.bind(refused, result, FORM_FIELDS);
			return FORM;
		}
	}

	@GetMapping("/personnel/fields/{key}/edit")
	String editForm(@PathVariable String key, Model model) {
		CustomField field = fields.get(key);
		model.addAttribute("editing", field);
		model.addAttribute("customFieldForm", new CustomFieldForm(field.field().labelVi(), field.field().labelEn(),
				field.field().group(), field.field().type(), String.join(", ", field.field().options().stream()
					.map(code -> fields.optionLabel(field.field().key(), code).orElse(code)).toList()),
				field.field().required()));
		return FORM;
	}

	@PostMapping("/personnel/fields/{key}/edit")
	String edit(@PathVariable String key, @ModelAttribute("customFieldForm") CustomFieldForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		try {
			fields.update(key, form);
			Flash.success(redirect, "personnel.fields.saved");
			return "redirect:/personnel/fields";
		}
		catch (RecordRefused refused) {
			Refusals.bind(refused, result, FORM_FIELDS);
			model.addAttribute("editing", fields.get(key));
			return FORM;
		}
	}

	@PostMapping("/personnel/fields/{key}/deactivate")
	String deactivate(@PathVariable String key, RedirectAttributes redirect) {
		fields.setActive(key, false);
		Flash.success(redirect, "personnel.fields.deactivated");
		return "redirect:/personnel/fields";
	}

	@PostMapping("/personnel/fields/{key}/reactivate")
	String reactivate(@PathVariable String key, RedirectAttributes redirect) {
		fields.setActive(key, true);
		Flash.success(redirect, "personnel.fields.reactivated");
		return "redirect:/personnel/fields";
	}
}
