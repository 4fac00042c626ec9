package org.govict.inventory;

/** A software installed on a computer, as its last inventory reported it; empty text for an unknown value. */
public record InstalledSoftware(String name, String version, String publisher) {
}
