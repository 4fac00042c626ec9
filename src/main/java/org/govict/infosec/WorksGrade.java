package org.govict.infosec;

/** The grade of the construction works an industrial control system runs (cấp công trình xây dựng). */
public enum WorksGrade {
	GRADE_IV, GRADE_III, GRADE_II, GRADE_I, SPECIAL
}
