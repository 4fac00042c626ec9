package org.govict.personnel.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.govict.personnel.CoefficientForm;
import org.govict.personnel.ListEntry;
import org.govict.personnel.ListEntryForm;
import org.govict.personnel.ListKind;
import org.govict.personnel.PersonnelLists;
import org.govict.personnel.SalaryStep;
import org.govict.personnel.StaffGroup;
import org.govict.platform.web.ApiController;
import org.govict.platform.web.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The personnel reference lists for other systems, and their changes by administrators. */
@ApiController("/api/v1/personnel")
class ListApi {

	private final PersonnelLists lists;

	ListApi(PersonnelLists lists) {
		this.lists = lists;
	}

	@GetMapping("/lists/{list}")
	List<ListEntry> entries(@PathVariable("list") String slug) {
		return lists.entries(kind(slug));
	}

	/** The steps of a grade with the coefficients that applied on {@code asOf} (today if not given). */
	@GetMapping("/salary-grades/{code}/steps")
	List<SalaryStep> steps(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		return lists.steps(code, asOf == null ? LocalDate.now() : asOf);
	}

	@PostMapping("/lists/{list}")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	ListEntry add(@PathVariable("list") String slug, @Valid @RequestBody ListEntryForm form) {
		return lists.add(kind(slug), form);
	}

	/** Changes an entry; the code in the path is its key, a code in the body is ignored. */
	@PutMapping("/lists/{list}/{code}")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	ListEntry change(@PathVariable("list") String slug, @PathVariable String code,
			@Valid @RequestBody ChangeRequest change) {
		return lists.change(kind(slug), code, new ListEntryForm(code, change.nameVi(), change.nameEn(),
				change.sortOrder(), change.salaryGrade(), change.staffGroup(), change.stepYears()));
	}

	@PostMapping("/lists/{list}/{code}/deactivate")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	ListEntry deactivate(@PathVariable("list") String slug, @PathVariable String code) {
		return lists.deactivate(kind(slug), code);
	}

	/** Sets a step's coefficient from a date; the one before stays valid until the day before. */
	@PostMapping("/salary-grades/{code}/coefficients")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	SalaryStep setCoefficient(@PathVariable String code, @Valid @RequestBody CoefficientForm form) {
		return lists.setCoefficient(code, form);
	}

	/** A change keeps the code, which is the key; everything else may change. */
	record ChangeRequest(@NotBlank(message = "{validation.required}") @Size(max = 300) String nameVi,
			@Size(max = 300) String nameEn, @Min(0) Integer sortOrder, String salaryGrade, StaffGroup staffGroup,
			@Min(1) @Max(10) Integer stepYears) {
	}

	private static ListKind kind(String slug) {
		return ListKind.ofSlug(slug).orElseThrow(() -> new NotFoundException("Personnel list", slug));
	}
}
