package org.govict.personnel;

import java.time.LocalDate;

/**
 * The age bands of the age pyramid, youngest first. Their limits fall on the limits of BM01's bands (under 30, 30 to
 * 50, over 50), so that the pyramid and the report add up to the same totals.
 */
public enum AgeBand {

	UNDER_25(0, 24), FROM_25_TO_29(25, 29), FROM_30_TO_34(30, 34), FROM_35_TO_39(35, 39), FROM_40_TO_44(40, 44),
	FROM_45_TO_50(45, 50), FROM_51_TO_55(51, 55), FROM_56_TO_60(56, 60), FROM_61(61, Integer.MAX_VALUE);

	private final int from;

	private final int to;

	AgeBand(int from, int to) {
		this.from = from;
		this.to = to;
	}

	public int from() {
		return from;
	}

	public int to() {
		return to;
	}

	public String label() {
		return to == Integer.MAX_VALUE ? from + "+" : from == 0 ? "< " + (to + 1) : from + "–" + to;
	}

	/** The band of a person of that age in full years. */
	public static AgeBand ofAge(int years) {
		for (AgeBand band : values()) {
			if (years <= band.to) {
				return band;
			}
		}
		return FROM_61;
	}

	/**
	 * The birth dates at which the bands change on {@code day}, oldest first: someone born before the i-th date is at
	 * least as old as the lower limit of band (length - i). Someone is at least {@code a} years old on {@code day}
	 * when born before {@code day - a years + 1 day}.
	 */
	public static LocalDate[] birthLimits(LocalDate day) {
		AgeBand[] bands = values();
		LocalDate[] limits = new LocalDate[bands.length - 1];
		for (int i = 0; i < limits.length; i++) {
			int age = bands[bands.length - 1 - i].from;
			limits[i] = day.minusYears(age).plusDays(1);
		}
		return limits;
	}

	/** The band of the position that SQL's width_bucket(birth_date, birthLimits(day)) gives. */
	public static AgeBand ofBucket(int bucket) {
		return values()[values().length - 1 - bucket];
	}
}
