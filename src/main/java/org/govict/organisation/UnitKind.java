package org.govict.organisation;

/** The kinds of organisation unit in Vietnamese public administration. */
public enum UnitKind {

	/** Bộ, cơ quan ngang bộ. */
	MINISTRY,
	/** Vụ, Cục, Thanh tra, Văn phòng bộ. */
	DEPARTMENT,
	/** Trung tâm, Viện, đơn vị sự nghiệp. */
	CENTRE,
	/** Phòng. */
	DIVISION,
	/** Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương. */
	PROVINCE,
	/** Sở, cơ quan chuyên môn thuộc UBND tỉnh. */
	PROVINCIAL_DEPARTMENT,
	/** Ủy ban nhân dân phường, xã, đặc khu. */
	WARD,
	/** Any other agency. */
	OTHER
}
