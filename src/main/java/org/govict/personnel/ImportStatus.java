package org.govict.personnel;

/** Where an import stands. */
public enum ImportStatus {

	QUEUED, RUNNING, DONE, FAILED, CANCELLED;

	public boolean finished() {
		return this == DONE || this == FAILED || this == CANCELLED;
	}

	public String messageKey() {
		return "personnel.import.status." + name();
	}
}
