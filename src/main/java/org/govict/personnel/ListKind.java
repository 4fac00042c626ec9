package org.govict.personnel;

import java.util.Arrays;
import java.util.Optional;

/** The reference lists of the personnel registry, each with the path it is shown under and its table. */
public enum ListKind {

	SALARY_GRADES("salary-grades", "personnel_salary_grades"),

	RANKS("ranks", "personnel_ranks"),

	ETHNIC_GROUPS("ethnic-groups", "personnel_ethnic_groups"),

	RELIGIONS("religions", "personnel_religions"),

	EDUCATION_LEVELS("education-levels", "personnel_education_levels"),

	POLITICAL_THEORY_LEVELS("political-theory-levels", "personnel_political_theory_levels"),

	STATE_MANAGEMENT_LEVELS("state-management-levels", "personnel_state_management_levels"),

	POSITIONS("positions", "personnel_positions");

	private final String slug;

	private final String table;

	ListKind(String slug, String table) {
		this.slug = slug;
		this.table = table;
	}

	public String slug() {
		return slug;
	}

	/** The table name; it comes from this enum only, never from a request, so that it may be written into SQL. */
	public String table() {
		return table;
	}

	public static Optional<ListKind> ofSlug(String slug) {
		return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
	}
}
