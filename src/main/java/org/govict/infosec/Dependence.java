package org.govict.infosec;

/**
 * Which systems depended on this one, a fact of Decree 85/2016 kept for the dossiers made under it: none, a sector's
 * or province's, national e-government's, or critical national data. Decree 331/2026 records the last two as
 * {@link SystemReach#NATIONAL} and {@link SystemFacts#nationalData()}.
 */
public enum Dependence {
	NONE, SECTORAL, NATIONAL, CRITICAL_NATIONAL
}
