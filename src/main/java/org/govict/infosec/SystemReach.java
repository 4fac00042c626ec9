package org.govict.infosec;

/**
 * Whom information infrastructure serves (phạm vi phục vụ), Decree 331/2026 arts. 12.3, 13.3, 14.2 and 15.3.
 * {@link #NATIONAL} also stands for a national information system serving e-government (art. 14.2), whatever its kind.
 */
public enum SystemReach {
	/** One organisation (art. 12.3). */
	ONE_ORGANISATION,
	/** The organisations of a ministry, a sector, one province or several provinces (art. 13.3). */
	SECTOR_OR_PROVINCE,
	/** A national e-government system, or infrastructure serving the whole country around the clock (art. 14.2). */
	NATIONAL,
	/** National infrastructure connecting Vietnam with the world (art. 15.3). */
	INTERNATIONAL_CONNECTION
}
