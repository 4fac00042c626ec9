package org.govict.personnel;

/** Whom a rank is for: civil servants (công chức) or public employees (viên chức). */
public enum StaffGroup {
	CIVIL_SERVANT, PUBLIC_EMPLOYEE
}
