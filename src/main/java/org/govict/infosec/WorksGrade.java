package org.govict.infosec;

/**
 * The grade of the construction works an industrial control system runs (cấp công trình xây dựng), Decree 331/2026
 * arts. 13.4, 14.3 and 15.4.
 */
public enum WorksGrade {
	GRADE_IV, GRADE_III, GRADE_II, GRADE_I, SPECIAL
}
