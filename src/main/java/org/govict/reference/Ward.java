package org.govict.reference;

/** A ward, commune or special zone (phường, xã, đặc khu), by its five-digit GSO code. */
public record Ward(String code, String provinceCode, String name, String kind) {
}
