package org.govict.feedback;

/**
 * How a case reached the desk: the public form; by staff for what came on paper, by phone or by e-mail; or forwarded
 * by another system (the national public-service portal, a city's hotline) through the API.
 */
public enum Channel {

	ONLINE, PAPER, PHONE, EMAIL, SYSTEM;

	public static final Channel[] STAFF_INTAKE = { PAPER, PHONE, EMAIL };
}
