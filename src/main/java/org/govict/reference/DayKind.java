package org.govict.reference;

/**
 * How a listed date departs from the Monday-to-Friday week: a public holiday (ngày lễ, Tết), a day off given in
 * exchange or compensation (nghỉ bù, nghỉ hoán đổi), or a weekend day worked instead (ngày làm bù).
 */
public enum DayKind {

	HOLIDAY, DAY_OFF, WORKING;

	public boolean isWorking() {
		return this == WORKING;
	}
}
