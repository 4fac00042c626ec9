package org.govict.helpdesk;

/** A five-step scale, for impact (mức ảnh hưởng), urgency (mức khẩn cấp) and the priority they give. */
public enum Level {

	VERY_LOW, LOW, MEDIUM, HIGH, VERY_HIGH;

	/** 1 for very low .. 5 for very high, as stored. */
	public int value() {
		return ordinal() + 1;
	}

	public static Level of(int value) {
		if (value < 1 || value > 5) {
			throw new IllegalArgumentException("A level is 1..5: " + value);
		}
		return values()[value - 1];
	}
}
