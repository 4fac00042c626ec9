package org.govict.infosec;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the officer enters for a system: its name and unit, the inventory asset it is (a new one when none is
 * chosen), and the facts of Decree 331/2026. A fact left out (an unticked box, a field missing from an API call) is
 * taken as no, or none.
 */
public record SystemForm(@NotBlank @Size(max = 200) String name, @NotNull Long ownerUnitId, Long assetId,
		@NotNull SystemKind kind, Boolean publicInfo, Boolean privateInfo, Boolean personalInfo, Boolean stateSecret,
		Boolean defenceSecurity, SecurityHarm securityHarm, Boolean administrativeProcedures,
		Boolean conditionalBusiness, @Min(0) Integer basicDataSubjects, @Min(0) Integer sensitiveDataSubjects,
		SystemReach reach, WorksGrade worksGrade, Boolean nationalData) {

	public static SystemForm empty() {
		return new SystemForm(null, null, null, SystemKind.INTERNAL_ADMINISTRATION, true, false, false, false, false,
				SecurityHarm.NONE, false, false, 0, 0, SystemReach.ONE_ORGANISATION, null, false);
	}

	public static SystemForm of(InformationSystem s) {
		return of(s.name(), s.ownerUnitId(), s.assetId(), s.facts());
	}

	public static SystemForm of(String name, Long ownerUnitId, Long assetId, SystemFacts f) {
		return new SystemForm(name, ownerUnitId, assetId, f.kind(), f.publicInfo(), f.privateInfo(), f.personalInfo(),
				f.stateSecret(), f.defenceSecurity(), f.securityHarm(), f.administrativeProcedures(),
				f.conditionalBusiness(), f.basicDataSubjects(), f.sensitiveDataSubjects(), f.reach(), f.worksGrade(),
				f.nationalData());
	}

	public SystemFacts facts() {
		boolean national = yes(stateSecret) || yes(defenceSecurity);
		return new SystemFacts(kind, yes(publicInfo), yes(privateInfo), yes(personalInfo), yes(stateSecret),
				yes(defenceSecurity), national ? securityHarm : SecurityHarm.NONE, yes(administrativeProcedures),
				yes(conditionalBusiness), count(basicDataSubjects), count(sensitiveDataSubjects), reach,
				kind == SystemKind.INDUSTRIAL_CONTROL ? worksGrade : null, yes(nationalData));
	}

	private static boolean yes(Boolean fact) {
		return Boolean.TRUE.equals(fact);
	}

	private static int count(Integer number) {
		return number == null ? 0 : number;
	}
}
