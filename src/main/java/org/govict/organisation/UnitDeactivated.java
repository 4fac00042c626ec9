package org.govict.organisation;

/** A unit stopped operating; its records stay, but nothing new is filed under it. */
public record UnitDeactivated(long unitId) {
}
