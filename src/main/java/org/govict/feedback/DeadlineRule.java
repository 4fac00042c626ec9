package org.govict.feedback;

import java.time.Instant;

/**
 * A legal time limit (thời hạn) for one stage of one kind of case: so many working or calendar days from the
 * receipt or the acceptance, longer for complex cases and in remote areas (vùng sâu, vùng xa), and extensions of
 * so many days up to a number of times. Administrators change the rules when the law changes.
 */
public record DeadlineRule(CaseKind kind, Stage stage, int days, Counting counting, CountedFrom countedFrom,
		Integer complexDays, Integer remoteDays, Integer remoteComplexDays, Integer extensionDays, int maxExtensions,
		String legalBasis, Instant updatedAt, String updatedBy) {

	/** The days allowed for a case, by how complex it is and where it is. */
	public int daysFor(boolean complex, boolean remote) {
		if (remote && complex && remoteComplexDays != null) {
			return remoteComplexDays;
		}
		if (remote && remoteDays != null) {
			return complex && complexDays != null ? Math.max(remoteDays, complexDays) : remoteDays;
		}
		if (complex && complexDays != null) {
			return complexDays;
		}
		return days;
	}

	public boolean allowsExtension() {
		return extensionDays != null && maxExtensions > 0;
	}
}
