package org.govict.infosec;

/**
 * The harm sabotage of a system processing state secrets or serving defence and security would do to national
 * security (mức độ tổn hại an ninh quốc gia), Decree 331/2026 arts. 13.1, 14.1 and 15.1.
 */
public enum SecurityHarm {
	/** Not a system of state secrets or defence and security. */
	NONE,
	/** Tổn hại: level 3 (art. 13.1). */
	HARM,
	/** Tổn hại nghiêm trọng: level 4 (art. 14.1). */
	SERIOUS,
	/** Tổn hại đặc biệt nghiêm trọng, for a strategic system: level 5 (art. 15.1). */
	ESPECIALLY_SERIOUS
}
