package org.govict.personnel.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.govict.organisation.OrganisationUnit;
import org.govict.personnel.ListKind;
import org.govict.personnel.ReferenceLookup;

/**
 * The reference data held in memory: every list code, rank, area, unit and salary step, read once, so that checking
 * a million imported rows asks the database nothing.
 */
public final class ReferenceSnapshot implements ReferenceLookup {

	private final Map<ListKind, Set<String>> codes;

	private final Map<String, String> rankGrades;

	private final Map<String, String> rankGroups;

	private final Set<String> provinces;

	private final Map<String, String> wardProvinces;

	private final Map<Long, OrganisationUnit> units;

	private final Map<String, OrganisationUnit> unitsByCode;

	private final Map<String, List<StepPeriod>> steps;

	ReferenceSnapshot(Map<ListKind, Set<String>> codes, Map<String, String> rankGrades, Map<String, String> rankGroups,
			Set<String> provinces, Map<String, String> wardProvinces, List<OrganisationUnit> units,
			Map<String, List<StepPeriod>> steps) {
		this.codes = new EnumMap<>(codes);
		this.rankGrades = Map.copyOf(rankGrades);
		this.rankGroups = Map.copyOf(rankGroups);
		this.provinces = Set.copyOf(provinces);
		this.wardProvinces = Map.copyOf(wardProvinces);
		this.units = new HashMap<>();
		this.unitsByCode = new HashMap<>();
		for (OrganisationUnit unit : units) {
			this.units.put(unit.id(), unit);
			this.unitsByCode.put(unit.code().toUpperCase(java.util.Locale.ROOT), unit);
		}
		this.steps = Map.copyOf(steps);
	}

	@Override
	public boolean listHas(ListKind list, String code) {
		return codes.getOrDefault(list, new HashSet<>()).contains(code);
	}

	@Override
	public boolean provinceExists(String code) {
		return provinces.contains(code);
	}

	@Override
	public boolean wardExists(String wardCode, String provinceCode) {
		String province = wardProvinces.get(wardCode);
		return province != null && (provinceCode == null || province.equals(provinceCode));
	}

	@Override
	public boolean unitExists(long unitId) {
		return units.containsKey(unitId);
	}

	public Optional<OrganisationUnit> unit(long unitId) {
		return Optional.ofNullable(units.get(unitId));
	}

	/** A unit by its code, ignoring case: import files name units by code. */
	public Optional<OrganisationUnit> unitByCode(String code) {
		return Optional.ofNullable(unitsByCode.get(code.toUpperCase(java.util.Locale.ROOT)));
	}

	@Override
	public Optional<String> gradeOfRank(String rankCode) {
		return Optional.ofNullable(rankGrades.get(rankCode));
	}

	@Override
	public Optional<String> staffGroupOfRank(String rankCode) {
		return Optional.ofNullable(rankGroups.get(rankCode));
	}

	@Override
	public Optional<BigDecimal> coefficient(String gradeCode, int step, LocalDate day) {
		return steps.getOrDefault(gradeCode + "|" + step, List.of())
			.stream()
			.filter(p -> !p.from().isAfter(day) && (p.to() == null || !p.to().isBefore(day)))
			.map(StepPeriod::coefficient)
			.findFirst();
	}

	record StepPeriod(LocalDate from, LocalDate to, BigDecimal coefficient) {
	}
}
