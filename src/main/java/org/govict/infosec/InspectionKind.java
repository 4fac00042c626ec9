package org.govict.infosec;

/** A periodic inspection (định kỳ) or an ad hoc one (đột xuất). */
public enum InspectionKind {
	PERIODIC, AD_HOC
}
