package org.govict.personnel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** What the record rules need to know of the reference data: lists, areas, units and salary tables. */
public interface ReferenceLookup {

	boolean listHas(ListKind list, String code);

	boolean provinceExists(String code);

	/** Whether the ward exists and, when a province is given, lies in it. */
	boolean wardExists(String wardCode, String provinceCode);

	boolean unitExists(long unitId);

	/** The salary grade of a rank, if it has one. */
	Optional<String> gradeOfRank(String rankCode);

	/** The staff group (CIVIL_SERVANT or PUBLIC_EMPLOYEE) of a rank. */
	Optional<String> staffGroupOfRank(String rankCode);

	/** The coefficient of a step of a grade on a day; empty when the grade has no such step then. */
	Optional<BigDecimal> coefficient(String gradeCode, int step, LocalDate day);
}
