package org.govict.helpdesk;

import java.time.LocalDate;
import java.util.List;

/**
 * The desk's figures for a period: tickets opened by category and by the requester's unit, how many were resolved
 * and how many within their target, the average working hours to respond and to resolve, the average rating.
 */
public record SupportReport(LocalDate from, LocalDate to, List<Count> byCategory, List<Count> byUnit, long opened,
		long resolved, long resolvedInTime, Double averageResponseHours, Double averageResolutionHours,
		Double averageRating, long ratings) {

	/** Tickets of one category or unit (id null: none given). */
	public record Count(Long id, long opened, long resolved, long resolvedInTime) {
	}

	/** Resolved within target, as a percentage of the resolved; null when none was resolved. */
	public Double serviceLevelMet() {
		return resolved == 0 ? null : 100.0 * resolvedInTime / resolved;
	}
}
