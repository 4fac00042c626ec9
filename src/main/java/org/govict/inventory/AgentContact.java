package org.govict.inventory;

import java.time.Instant;

/** The inventory agent that reports a computer: its device id, and when it last sent an inventory. */
public record AgentContact(String deviceId, Instant lastInventoryAt) {
}
