package org.govict.personnel;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an administrator enters to add a list entry or to change one; the code is the key and does not change.
 * Salary grade and staff group are for ranks, step years for salary grades.
 */
public record ListEntryForm(
		@NotBlank(message = "{validation.required}") @Size(max = 20) @Pattern(regexp = "[A-Za-z0-9.\\-]*",
				message = "{personnel.lists.error.codeFormat}") String code,
		@NotBlank(message = "{validation.required}") @Size(max = 300) String nameVi,
		@Size(max = 300) String nameEn,
		@Min(0) @Max(100000) Integer sortOrder,
		String salaryGrade,
		StaffGroup staffGroup,
		@Min(1) @Max(10) Integer stepYears) {

	public static ListEntryForm empty() {
		return new ListEntryForm("", "", "", 0, null, null, null);
	}

	public static ListEntryForm of(ListEntry entry) {
		return new ListEntryForm(entry.code(), entry.nameVi(), entry.nameEn(), entry.sortOrder(), entry.salaryGrade(),
				entry.staffGroup(), entry.stepYears());
	}

	ListEntryForm withCode(String newCode) {
		return new ListEntryForm(newCode, nameVi, nameEn, sortOrder, salaryGrade, staffGroup, stepYears);
	}

	ListEntry toEntry(ListKind list, boolean active) {
		boolean rank = list == ListKind.RANKS;
		boolean grade = list == ListKind.SALARY_GRADES;
		return new ListEntry(list, code.strip(), nameVi.strip(), blankToNull(nameEn), active,
				sortOrder == null ? 0 : sortOrder, rank ? blankToNull(salaryGrade) : null, rank ? staffGroup : null,
				grade ? stepYears : null);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
