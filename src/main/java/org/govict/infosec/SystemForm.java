package org.govict.infosec;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the officer enters for a system: its name and unit, the inventory asset it is (a new one when none is
 * chosen), and the facts of Decree 85.
 */
public record SystemForm(@NotBlank @Size(max = 200) String name, @NotNull Long ownerUnitId, Long assetId,
		@NotNull SystemKind kind, boolean personalData, @Min(0) @Max(4) int onlineServiceLevel,
		@Min(0) int regularUsers, SystemReach reach, WorksGrade worksGrade, Dependence dependents) {

	public static SystemForm empty() {
		return new SystemForm(null, null, null, SystemKind.INTERNAL_ADMINISTRATION, false, 0, 0,
				SystemReach.ONE_ORGANISATION, null, Dependence.NONE);
	}

	public static SystemForm of(InformationSystem s) {
		SystemFacts f = s.facts();
		return new SystemForm(s.name(), s.ownerUnitId(), s.assetId(), f.kind(), f.personalData(),
				f.onlineServiceLevel(), f.regularUsers(), f.reach(), f.worksGrade(), f.dependents());
	}

	public SystemFacts facts() {
		return new SystemFacts(kind, personalData, onlineServiceLevel, regularUsers, reach,
				kind == SystemKind.INDUSTRIAL_CONTROL ? worksGrade : null, dependents);
	}
}
