package org.govict.infosec;

/** How serious an incident, finding or vulnerability is. */
public enum Severity {
	LOW, MEDIUM, HIGH, CRITICAL;

	/** The severity of a CVSS v3 base score, by the FIRST rating scale. */
	public static Severity ofCvss(double score) {
		if (score >= 9.0) {
			return CRITICAL;
		}
		if (score >= 7.0) {
			return HIGH;
		}
		if (score >= 4.0) {
			return MEDIUM;
		}
		return LOW;
	}
}
