package org.govict.organisation.web;

import java.util.List;

import jakarta.validation.Valid;
import org.govict.organisation.Organisation;
import org.govict.organisation.OrganisationUnit;
import org.govict.organisation.UnitForm;
import org.govict.organisation.UnitKind;
import org.govict.platform.web.Flash;
import org.govict.platform.web.InvalidInputException;
import org.govict.platform.web.RuleViolationException;
import org.govict.reference.AdministrativeAreas;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pages of the organisation tree: browse, search, create, edit, move, deactivate and delete units. */
@Controller
class UnitController {

	static final String TREE = "organisation/tree";

	static final String CHILDREN = "organisation/fragments/children :: children";

	static final String DETAIL = "organisation/detail";

	static final String FORM = "organisation/form";

	static final String MOVE = "organisation/move";

	private final Organisation organisation;

	private final AdministrativeAreas areas;

	UnitController(Organisation organisation, AdministrativeAreas areas) {
		this.organisation = organisation;
		this.areas = areas;
	}

	@ModelAttribute("kinds")
	UnitKind[] kinds() {
		return UnitKind.values();
	}

	@GetMapping("/units")
	String tree(@RequestParam(required = false) String q, Model model) {
		if (q != null && !q.isBlank()) {
			model.addAttribute("q", q.strip());
			model.addAttribute("results", organisation.search(q.strip(), 0, 100));
		}
		else {
			List<OrganisationUnit> roots = organisation.scopeRoots();
			model.addAttribute("roots", roots);
			model.addAttribute("expandable", organisation.withChildren(roots));
		}
		return TREE;
	}

	@GetMapping("/units/{id}/children")
	String children(@PathVariable long id, Model model) {
		List<OrganisationUnit> children = organisation.children(id);
		model.addAttribute("units", children);
		model.addAttribute("expandable", organisation.withChildren(children));
		return CHILDREN;
	}

	@GetMapping("/units/{id}")
	String detail(@PathVariable long id, Model model) {
		OrganisationUnit unit = organisation.get(id);
		model.addAttribute("unit", unit);
		model.addAttribute("ancestry", organisation.ancestry(unit));
		model.addAttribute("children", organisation.children(id));
		model.addAttribute("occupants", organisation.occupantsOf(id));
		model.addAttribute("canManage", organisation.canManage(unit));
		model.addAttribute("isScopeRoot", organisation.isScopeRoot(unit));
		model.addAttribute("province", unit.provinceCode() == null ? null : areas.province(unit.provinceCode()).orElse(null));
		model.addAttribute("ward", unit.wardCode() == null ? null : areas.ward(unit.wardCode()).orElse(null));
		return DETAIL;
	}

	@GetMapping("/units/new")
	String createForm(@RequestParam(required = false) Long parent, Model model) {
		OrganisationUnit parentUnit = parent == null ? null : organisation.get(parent);
		if (parentUnit != null && !organisation.canManage(parentUnit)) {
			throw new AccessDeniedException("Not allowed to add units here");
		}
		model.addAttribute("unitForm", UnitForm.empty(parent));
		return prepareForm(model, null, parentUnit);
	}

	@PostMapping("/units/new")
	String create(@Valid @ModelAttribute("unitForm") UnitForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		OrganisationUnit parent = form.parentId() == null ? null : organisation.get(form.parentId());
		if (result.hasErrors()) {
			return prepareForm(model, null, parent);
		}
		try {
			OrganisationUnit created = organisation.create(form);
			Flash.success(redirect, "organisation.created", created.nameVi());
			return "redirect:/units/" + created.id();
		}
		catch (InvalidInputException invalid) {
			result.addAllErrors(invalid.getErrors());
			return prepareForm(model, null, parent);
		}
	}

	@GetMapping("/units/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		OrganisationUnit unit = organisation.get(id);
		if (!organisation.canManage(unit)) {
			throw new AccessDeniedException("Not allowed to edit unit " + id);
		}
		model.addAttribute("unitForm", UnitForm.of(unit));
		return prepareForm(model, unit, null);
	}

	@PostMapping("/units/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("unitForm") UnitForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		OrganisationUnit unit = organisation.get(id);
		if (result.hasErrors()) {
			return prepareForm(model, unit, null);
		}
		try {
			organisation.update(id, form);
			Flash.success(redirect, "common.saved");
			return "redirect:/units/" + id;
		}
		catch (InvalidInputException invalid) {
			result.addAllErrors(invalid.getErrors());
			return prepareForm(model, unit, null);
		}
		catch (RuleViolationException stale) {
			result.reject(stale.getMessageKey());
			return prepareForm(model, unit, null);
		}
	}

	@GetMapping("/units/{id}/move")
	String moveForm(@PathVariable long id, Model model) {
		OrganisationUnit unit = organisation.get(id);
		if (!organisation.canManage(unit) || organisation.isScopeRoot(unit)) {
			throw new AccessDeniedException("Not allowed to move unit " + id);
		}
		model.addAttribute("unit", unit);
		model.addAttribute("ancestry", organisation.ancestry(unit));
		model.addAttribute("candidates", organisation.visibleUnits(true)
			.stream()
			.filter(c -> !c.isWithin(unit))
			.toList());
		return MOVE;
	}

	@PostMapping("/units/{id}/move")
	String move(@PathVariable long id, @RequestParam(required = false) Long parentId, RedirectAttributes redirect) {
		try {
			organisation.move(id, parentId);
			Flash.success(redirect, "organisation.moved");
			return "redirect:/units/" + id;
		}
		catch (RuleViolationException rule) {
			Flash.error(redirect, rule.getMessageKey(), rule.getArguments());
			return "redirect:/units/" + id + "/move";
		}
	}

	@PostMapping("/units/{id}/deactivate")
	String deactivate(@PathVariable long id, RedirectAttributes redirect) {
		return applyRule(id, redirect, () -> organisation.deactivate(id), "organisation.deactivated");
	}

	@PostMapping("/units/{id}/reactivate")
	String reactivate(@PathVariable long id, RedirectAttributes redirect) {
		return applyRule(id, redirect, () -> organisation.reactivate(id), "organisation.reactivated");
	}

	@PostMapping("/units/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		OrganisationUnit unit = organisation.get(id);
		try {
			organisation.delete(id);
			Flash.success(redirect, "organisation.deleted", unit.nameVi());
			return unit.parentId() == null ? "redirect:/units" : "redirect:/units/" + unit.parentId();
		}
		catch (RuleViolationException rule) {
			Flash.error(redirect, rule.getMessageKey(), rule.getArguments());
			return "redirect:/units/" + id;
		}
	}

	@GetMapping("/units/wards")
	String wardOptions(@RequestParam(required = false) String provinceCode, Model model) {
		model.addAttribute("wards", provinceCode == null || provinceCode.isBlank() ? List.of() : areas.wardsOf(provinceCode));
		return "organisation/fragments/wards :: options";
	}

	private String applyRule(long id, RedirectAttributes redirect, Runnable action, String successKey) {
		try {
			action.run();
			Flash.success(redirect, successKey);
		}
		catch (RuleViolationException rule) {
			Flash.error(redirect, rule.getMessageKey(), rule.getArguments());
		}
		return "redirect:/units/" + id;
	}

	private String prepareForm(Model model, OrganisationUnit unit, OrganisationUnit parent) {
		model.addAttribute("unit", unit);
		model.addAttribute("parent", parent);
		model.addAttribute("ancestry", unit != null ? organisation.ancestry(unit)
				: parent != null ? organisation.ancestry(parent) : List.of());
		model.addAttribute("provinces", areas.provinces());
		Object form = model.getAttribute("unitForm");
		String province = form instanceof UnitForm f ? f.provinceCode() : null;
		model.addAttribute("wards", province == null || province.isBlank() ? List.of() : areas.wardsOf(province));
		return FORM;
	}
}
