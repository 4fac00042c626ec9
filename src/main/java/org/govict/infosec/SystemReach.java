package org.govict.infosec;

/** Whom shared infrastructure serves (phạm vi phục vụ), Decree 85 articles 8–11. */
public enum SystemReach {
	ONE_ORGANISATION, SECTOR_OR_PROVINCE, NATIONAL, INTERNATIONAL_CONNECTION
}
