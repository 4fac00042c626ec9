package org.govict.organisation;

/** A unit was added to the tree. */
public record UnitCreated(long unitId, String code, Long parentId) {
}
