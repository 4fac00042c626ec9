package org.govict.personnel.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The records a reader may read in bulk, as SQL: the path prefixes of their scope (null: every record) and, for a
 * reader whose access to another agency's tree needs the person's consent, the path of their own unit.
 *
 * @param prefixes the unit path prefixes of the scope; null for every record
 * @param homePath the reader's unit path when records outside its root need consent; null when none does
 * @param sensitive whether the reader sees the sensitive groups
 */
public record ReadReach(List<String> prefixes, String homePath, boolean sensitive) {

	/** Every record of a subtree, without consent: what a subscription made by the ministry level reads. */
	public static ReadReach subtree(String unitPath, boolean sensitive) {
		return new ReadReach(List.of(unitPath), null, sensitive);
	}

	/**
	 * The condition on a record row aliased {@code r}, with its parameters appended to {@code params}. It is the
	 * rule of PersonnelRegistry written for many rows at once: within the scope, and either in the reader's own
	 * agency (the root of their unit's tree) or with the person's consent to an agency on the reader's path.
	 */
	String condition(List<Object> params, LocalDate today) {
		List<String> parts = new ArrayList<>();
		if (prefixes != null) {
			parts.add("r.unit_path LIKE ANY(?)");
			params.add(prefixes.stream().map(p -> p + "%").toArray(String[]::new));
		}
		if (homePath != null) {
			parts.add("""
					(r.unit_path LIKE ? OR EXISTS (SELECT 1 FROM personnel_consents c
					  WHERE c.record_id = r.id AND c.agency_unit_id = ANY(?) AND c.given_on <= ?
					    AND (c.expires_on IS NULL OR c.expires_on >= ?) AND (c.withdrawn_on IS NULL OR c.withdrawn_on > ?)))""");
			params.add(root(homePath) + "%");
			params.add(Arrays.stream(homePath.split("/")).filter(p -> !p.isEmpty()).map(Long::valueOf)
				.toArray(Long[]::new));
			params.add(today);
			params.add(today);
			params.add(today);
		}
		return parts.isEmpty() ? "TRUE" : String.join(" AND ", parts);
	}

	private static String root(String path) {
		int second = path.indexOf('/', 1);
		return second < 0 ? path : path.substring(0, second + 1);
	}
}
