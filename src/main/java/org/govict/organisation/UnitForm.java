package org.govict.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a user enters to create or edit a unit; {@code version} guards against overwriting another's edit. */
public record UnitForm(
		@NotBlank(message = "{validation.required}") @Pattern(regexp = "[A-Za-z0-9_.-]{1,40}",
				message = "{validation.code}") String code,
		@NotBlank(message = "{validation.required}") @Size(max = 300) String nameVi, @Size(max = 300) String nameEn,
		@NotNull(message = "{validation.required}") UnitKind kind, Long parentId, @Size(max = 500) String address,
		String provinceCode, String wardCode, Integer version) {

	public static UnitForm empty(Long parentId) {
		return new UnitForm("", "", "", null, parentId, "", null, null, null);
	}

	public static UnitForm of(OrganisationUnit unit) {
		return new UnitForm(unit.code(), unit.nameVi(), unit.nameEn(), unit.kind(), unit.parentId(), unit.address(),
				unit.provinceCode(), unit.wardCode(), unit.version());
	}

	UnitForm normalised() {
		return new UnitForm(code.strip().toUpperCase(java.util.Locale.ROOT), nameVi.strip(), blankToNull(nameEn),
				kind, parentId, blankToNull(address), blankToNull(provinceCode), blankToNull(wardCode), version);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
