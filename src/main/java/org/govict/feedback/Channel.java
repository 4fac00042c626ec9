package org.govict.feedback;

/** How a case reached the desk: the public form, or by staff for what came on paper, by phone or by e-mail. */
public enum Channel {

	ONLINE, PAPER, PHONE, EMAIL;

	public static final Channel[] STAFF_INTAKE = { PAPER, PHONE, EMAIL };
}
