package org.govict.infosec;

/** What an information system is for, the first fact of Decree 85 articles 7–11. */
public enum SystemKind {
	/** Phục vụ hoạt động nội bộ của cơ quan, tổ chức. */
	INTERNAL_ADMINISTRATION,
	/** Phục vụ người dân, doanh nghiệp. */
	PUBLIC_SERVICE,
	/** Cơ sở hạ tầng thông tin (data centres, networks, shared platforms). */
	INFRASTRUCTURE,
	/** Điều khiển công nghiệp. */
	INDUSTRIAL_CONTROL,
	/** Hệ thống thông tin khác. */
	OTHER
}
