package org.govict.personnel;

/** How an import treats refused rows. */
public enum ImportMode {

	/** Tất cả hoặc không: one refused row and nothing is loaded; the report lists every refusal. */
	ALL_OR_NOTHING,

	/** Nhập các dòng hợp lệ: the valid rows are loaded batch by batch, the refused ones are reported. */
	VALID_ROWS
}
