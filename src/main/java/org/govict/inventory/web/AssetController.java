package org.govict.inventory.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.govict.inventory.Asset;
import org.govict.inventory.AssetKind;
import org.govict.inventory.AssetQuery;
import org.govict.inventory.AssetRelation;
import org.govict.inventory.AssetStatus;
import org.govict.inventory.Inventory;
import org.govict.organisation.Organisation;
import org.govict.organisation.OrganisationUnit;
import org.govict.platform.web.Flash;
import org.govict.platform.web.InvalidInputException;
import org.govict.platform.web.RuleViolationException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The IT inventory's pages: the asset list with its filters and export, an asset, and the technicians' forms. */
@Controller
@PreAuthorize("hasAnyRole('IT_TECHNICIAN','SECURITY_OFFICER','SYSTEM_ADMIN')")
class AssetController {

	static final String LIST = "inventory/assets";

	static final String RESULTS = "inventory/fragments/results :: results";

	static final String DETAIL = "inventory/asset";

	static final String FORM = "inventory/asset-form";

	private final Inventory inventory;

	private final Organisation organisation;

	private final AssetSheets sheets;

	AssetController(Inventory inventory, Organisation organisation, AssetSheets sheets) {
		this.inventory = inventory;
		this.organisation = organisation;
		this.sheets = sheets;
	}

	@ModelAttribute("kinds")
	AssetKind[] kinds() {
		return AssetKind.values();
	}

	@ModelAttribute("statuses")
	AssetStatus[] statuses() {
		return AssetStatus.values();
	}

	@ModelAttribute("canManage")
	boolean canManage() {
		return Inventory.canManage();
	}

	@GetMapping("/inventory/assets")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) AssetKind kind,
			@RequestParam(required = false) AssetStatus status, @RequestParam(required = false) Long unitId,
			@RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		AssetQuery query = new AssetQuery(q, kind, status, unitId, Math.max(page, 0));
		long total = inventory.count(query);
		List<OrganisationUnit> units = organisation.visibleUnits(false);
		model.addAttribute("q", q == null ? "" : q.strip());
		model.addAttribute("kind", kind);
		model.addAttribute("status", status);
		model.addAttribute("unitId", unitId);
		model.addAttribute("page", query.page());
		model.addAttribute("total", total);
		model.addAttribute("pages", (total + AssetQuery.PAGE_SIZE - 1) / AssetQuery.PAGE_SIZE);
		model.addAttribute("assets", inventory.search(query));
		model.addAttribute("units", units);
		model.addAttribute("unitsById", units.stream().collect(Collectors.toMap(OrganisationUnit::id, Function.identity())));
		return htmx != null ? RESULTS : LIST;
	}

	@GetMapping("/inventory/assets.xlsx")
	ResponseEntity<byte[]> export(@RequestParam(required = false) String q, @RequestParam(required = false) AssetKind kind,
			@RequestParam(required = false) AssetStatus status, @RequestParam(required = false) Long unitId,
			Locale locale) {
		List<Asset> all = new ArrayList<>();
		for (int page = 0; page < AssetSheets.MAX_ROWS / AssetQuery.PAGE_SIZE; page++) {
			List<Asset> batch = inventory.search(new AssetQuery(q, kind, status, unitId, page));
			all.addAll(batch);
			if (batch.size() < AssetQuery.PAGE_SIZE) {
				break;
			}
		}
		Map<Long, OrganisationUnit> units = organisation.visibleUnits(false)
			.stream()
			.collect(Collectors.toMap(OrganisationUnit::id, Function.identity()));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("tai-san-cntt.xlsx").build().toString())
			.contentType(MediaType.parseMediaType(AssetSheets.XLSX))
			.body(sheets.xlsx(all, units, locale));
	}

	@GetMapping("/inventory/assets/{id:\\d+}")
	String detail(@PathVariable long id, Model model) {
		Asset asset = inventory.get(id);
		model.addAttribute("asset", asset);
		model.addAttribute("unit", organisation.findUnscoped(asset.ownerUnitId()).orElse(null));
		model.addAttribute("links", inventory.links(id));
		model.addAttribute("linked", inventory.linked(id));
		model.addAttribute("software", inventory.software(id));
		model.addAttribute("interfaces", inventory.interfaces(id));
		model.addAttribute("history", inventory.history(id));
		model.addAttribute("agent", inventory.agentContact(id).orElse(null));
		model.addAttribute("relations", AssetRelation.values());
		return DETAIL;
	}

	@GetMapping("/inventory/assets/new")
	@PreAuthorize("hasAnyRole('IT_TECHNICIAN','SYSTEM_ADMIN')")
	String createForm(@RequestParam(required = false) AssetKind kind, Model model) {
		AssetEditForm form = new AssetEditForm();
		form.setKind(kind);
		model.addAttribute("assetForm", form);
		return prepareForm(null, model);
	}

	@PostMapping("/inventory/assets/new")
	@PreAuthorize("hasAnyRole('IT_TECHNICIAN','SYSTEM_ADMIN')")
	String create(@Valid @ModelAttribute("assetForm") AssetEditForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return prepareForm(null, model);
		}
		try {
			Asset asset = inventory.register(form.toForm());
			Flash.success(redirect, "inventory.asset.registered", asset.label());
			return "redirect:/inventory/assets/" + asset.id();
		}
		catch (InvalidInputException invalid) {
			invalid.copyTo(result);
			return prepareForm(null, model);
		}
	}

	@GetMapping("/inventory/assets/{id:\\d+}/edit")
	@PreAuthorize("hasAnyRole('IT_TECHNICIAN','SYSTEM_ADMIN')")
	String editForm(@PathVariable long id, Model model) {
		model.addAttribute("assetForm", AssetEditForm.of(inventory.get(id)));
		return prepareForm(id, model);
	}

	@PostMapping("/inventory/assets/{id:\\d+}/edit")
	@PreAuthorize("hasAnyRole('IT_TECHNICIAN','SYSTEM_ADMIN')")
	String change(@PathVariable long id, @Valid @ModelAttribute("assetForm") AssetEditForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return prepareForm(id, model);
		}
		try {
			inventory.change(id, form.toForm(), form.getVersion());
			Flash.success(redirect, "common.saved");
			return "redirect:/inventory/assets/" + id;
		}
		catch (InvalidInputException invalid) {
			invalid.copyTo(result);
			return prepareForm(id, model);
		}
		catch (RuleViolationException stale) {
			result.reject("validation.stale");
			return prepareForm(id, model);
		}
	}

	@PostMapping("/inventory/assets/{id:\\d+}/links")
	@PreAuthorize("hasAnyRole('IT_TECHNICIAN','SYSTEM_ADMIN')")
	String link(@PathVariable long id, @RequestParam AssetRelation relation, @RequestParam String other,
			@RequestParam(defaultValue = "from") String direction, RedirectAttributes redirect) {
		Long otherId = resolve(other);
		if (otherId == null) {
			Flash.error(redirect, "inventory.link.notFound", other);
			return "redirect:/inventory/assets/" + id;
		}
		try {
			if ("to".equals(direction)) {
				inventory.link(otherId, relation, id);
			}
			else {
				inventory.link(id, relation, otherId);
			}
			Flash.success(redirect, "inventory.link.added");
		}
		catch (RuleViolationException refused) {
			Flash.error(redirect, "inventory.error.selfLink");
		}
		return "redirect:/inventory/assets/" + id;
	}

	@PostMapping("/inventory/assets/{id:\\d+}/links/delete")
	@PreAuthorize("hasAnyRole('IT_TECHNICIAN','SYSTEM_ADMIN')")
	String unlink(@PathVariable long id, @RequestParam long from, @RequestParam AssetRelation relation,
			@RequestParam long to, RedirectAttributes redirect) {
		inventory.unlink(from, relation, to);
		Flash.success(redirect, "inventory.link.removed");
		return "redirect:/inventory/assets/" + id;
	}

	/** The other asset of a link, by its id, inventory number or exact name. */
	private Long resolve(String other) {
		String text = other == null ? "" : other.strip();
		if (text.matches("\\d{1,18}") && inventory.find(Long.parseLong(text)).isPresent()) {
			return Long.parseLong(text);
		}
		List<Asset> found = inventory.search(AssetQuery.text(text));
		return found.stream()
			.filter(a -> text.equalsIgnoreCase(a.inventoryNumber()) || text.equalsIgnoreCase(a.name()))
			.map(Asset::id)
			.findFirst()
			.orElse(found.size() == 1 ? found.get(0).id() : null);
	}

	private String prepareForm(Long editing, Model model) {
		model.addAttribute("editing", editing);
		model.addAttribute("units", organisation.visibleUnits(true));
		return FORM;
	}
}
