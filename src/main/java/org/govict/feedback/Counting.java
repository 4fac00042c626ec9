package org.govict.feedback;

/** Whether a time limit is counted in working days (on the working calendar) or in calendar days. */
public enum Counting {

	WORKING_DAYS, CALENDAR_DAYS
}
