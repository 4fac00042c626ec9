package org.govict.inventory;

/** One asset standing to another: {@code from} is {@code relation} {@code to} (software INSTALLED_ON a laptop). */
public record AssetLink(long fromId, AssetRelation relation, long toId) {
}
