package org.govict.infosec;

/** Where a system's level dossier (hồ sơ đề xuất cấp độ) stands. */
public enum DossierStatus {
	REGISTERED, PROPOSED, APPRAISED, APPROVED
}
