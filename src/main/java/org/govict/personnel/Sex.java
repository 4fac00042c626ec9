package org.govict.personnel;

/** Sex (giới tính) as the personal ID number and the retirement roadmap know it. */
public enum Sex {

	MALE, FEMALE

}
