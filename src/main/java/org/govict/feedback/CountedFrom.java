package org.govict.feedback;

/** The event a time limit is counted from: the receipt of the case or its acceptance. */
public enum CountedFrom {

	RECEIVED, ACCEPTED
}
