package org.govict.reference;

/** A province or centrally-run city (tỉnh, thành phố trực thuộc trung ương), by its two-digit GSO code. */
public record Province(String code, String name, String kind) {
}
