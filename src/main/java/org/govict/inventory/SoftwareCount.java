package org.govict.inventory;

/** A software of the catalogue: on how many computers it is installed, in how many versions. */
public record SoftwareCount(String name, String publisher, long installations, long versions) {
}
