package org.govict.organisation;

/** A unit, with its whole subtree, was moved under another parent. */
public record UnitMoved(long unitId, Long fromParentId, Long toParentId) {
}
