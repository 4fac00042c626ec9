package org.govict.organisation.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.govict.organisation.Organisation;
import org.govict.organisation.OrganisationUnit;
import org.govict.organisation.UnitForm;
import org.govict.organisation.UnitKind;
import org.govict.platform.web.ApiController;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The organisation tree over REST, limited to the caller's scope like the pages. */
@ApiController("/api/v1/units")
@Validated
@Tag(name = "Organisation units")
class UnitApi {

	private final Organisation organisation;

	UnitApi(Organisation organisation) {
		this.organisation = organisation;
	}

	/** A unit as the API shows it. */
	record UnitView(long id, String code, String nameVi, String nameEn, UnitKind kind, Long parentId, String address,
			String provinceCode, String wardCode, boolean active, int version) {

		static UnitView of(OrganisationUnit u) {
			return new UnitView(u.id(), u.code(), u.nameVi(), u.nameEn(), u.kind(), u.parentId(), u.address(),
					u.provinceCode(), u.wardCode(), u.active(), u.version());
		}
	}

	/** One page of a list. */
	record Page<T>(List<T> content, int page, int size, long totalElements) {
	}

	/** Where to move a unit: its new parent, or none for the top level. */
	record MoveRequest(Long parentId) {
	}

	@GetMapping
	@Operation(summary = "Units in the caller's scope, in tree order, optionally matching a name or code")
	Page<UnitView> list(@RequestParam(required = false) String q, @RequestParam(required = false) Long parentId,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		List<OrganisationUnit> all;
		if (q != null && !q.isBlank()) {
			all = organisation.search(q.strip(), 0, 10_000);
		}
		else if (parentId != null) {
			all = organisation.children(parentId);
		}
		else {
			all = organisation.visibleUnits(false);
		}
		int from = Math.min(page * size, all.size());
		int to = Math.min(from + size, all.size());
		return new Page<>(all.subList(from, to).stream().map(UnitView::of).toList(), page, size, all.size());
	}

	@GetMapping("/{id}")
	UnitView get(@PathVariable long id) {
		return UnitView.of(organisation.get(id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	UnitView create(@Valid @RequestBody UnitForm form) {
		return UnitView.of(organisation.create(form));
	}

	@PutMapping("/{id}")
	UnitView update(@PathVariable long id, @Valid @RequestBody UnitForm form) {
		return UnitView.of(organisation.update(id, form));
	}

	@PostMapping("/{id}/move")
	UnitView move(@PathVariable long id, @RequestBody MoveRequest request) {
		return UnitView.of(organisation.move(id, request.parentId()));
	}

	@PostMapping("/{id}/deactivate")
	UnitView deactivate(@PathVariable long id) {
		return UnitView.of(organisation.deactivate(id));
	}

	@PostMapping("/{id}/reactivate")
	UnitView reactivate(@PathVariable long id) {
		return UnitView.of(organisation.reactivate(id));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable long id) {
		organisation.delete(id);
	}
}
