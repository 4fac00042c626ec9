package org.govict.infosec;

/**
 * The legal basis (căn cứ pháp lý) a level dossier was proposed under, or an incident was recorded under. Dossiers
 * made before Decree 331/2026 took effect keep Decree 85/2016 as their basis: the Cybersecurity Law 116/2025/QH15
 * art. 45.1 lets systems keep the level they were given.
 */
public enum LegalBasis {
	/** Decree 85/2016/NĐ-CP with Circular 12/2022/TT-BTTTT; incidents reported to VNCERT/CC. */
	DECREE_85_2016,
	/** Decree 331/2026/NĐ-CP under the Cybersecurity Law 116/2025/QH15. */
	DECREE_331_2026;

	public static final LegalBasis CURRENT = DECREE_331_2026;
}
