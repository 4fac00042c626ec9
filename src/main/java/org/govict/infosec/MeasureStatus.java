package org.govict.infosec;

/** How far a system meets one required measure. */
public enum MeasureStatus {
	NOT_STARTED, IN_PROGRESS, MET, NOT_APPLICABLE
}
