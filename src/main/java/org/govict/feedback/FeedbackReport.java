package org.govict.feedback;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/**
 * The cases received in a period, within the reader's data scope (and a unit's subtree when one is chosen), counted
 * and measured: how many were received and settled, how many of those on time, and how long their handling took.
 * Spam and duplicates merged into another case are left out.
 *
 * @param onTimeRate the share of settled cases answered by their deadline, in percent; null when none was settled
 * @param averageWorkingDays the average working days from receipt to answer of the settled cases; null when none
 * @param averageCalendarDays the same in calendar days
 * @param overdueOpen the cases still open whose deadline has passed
 */
public record FeedbackReport(LocalDate from, LocalDate to, Long unitId, long received, long settled,
		long settledOnTime, long overdueOpen, Double onTimeRate, Double averageWorkingDays,
		Double averageCalendarDays, List<Count> byKind, List<Count> byTopic, List<Count> byUnit,
		List<Count> byStatus, List<Month> months) {

	/**
	 * One line of a breakdown. {@code key} is the kind, topic code, unit code or status; topics and units carry
	 * their names.
	 */
	public record Count(String key, String nameVi, String nameEn, long received, long settled, long onTime) {

		public String name(Locale locale) {
			return "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank() ? nameEn : nameVi;
		}

		public Double onTimeRate() {
			return rate(onTime, settled);
		}
	}

	/** The cases received in one month of the period. */
	public record Month(YearMonth month, long received, long settled, long onTime) {

		public Double onTimeRate() {
			return rate(onTime, settled);
		}
	}

	static Double rate(long part, long whole) {
		return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 10.0;
	}
}
