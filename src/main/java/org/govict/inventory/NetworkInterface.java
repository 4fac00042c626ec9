package org.govict.inventory;

/** A network interface of a computer, as its last inventory reported it. */
public record NetworkInterface(String name, String macAddress, String ipAddress) {
}
