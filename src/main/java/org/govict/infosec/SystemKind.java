package org.govict.infosec;

/** What an information system is for (loại hình hệ thống thông tin), Decree 331/2026 art. 9.2. */
public enum SystemKind {
	/** a. Phục vụ hoạt động nội bộ của cơ quan, tổ chức. */
	INTERNAL_ADMINISTRATION,
	/** b. Phục vụ người dân, doanh nghiệp: provides or supports online services. */
	PUBLIC_SERVICE,
	/** c. Cơ sở hạ tầng thông tin (networks, data centres, clouds, authentication, interconnection). */
	INFRASTRUCTURE,
	/** d. Điều khiển công nghiệp, running construction works. */
	INDUSTRIAL_CONTROL,
	/** đ. Hệ thống thông tin khác. */
	OTHER
}
