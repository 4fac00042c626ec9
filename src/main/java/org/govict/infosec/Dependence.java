package org.govict.infosec;

/** Which systems depend on this one: none, a sector's or province's, the nation's, or critical national data. */
public enum Dependence {
	NONE, SECTORAL, NATIONAL, CRITICAL_NATIONAL
}
