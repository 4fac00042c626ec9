package org.govict.personnel.imports;

/**
 * The row on which each ID number first appeared in a file, to refuse the second occurrence. ID numbers are twelve
 * digits, so they are kept as longs in an open-addressing table: 2.5 million numbers take about 60 MB, where a
 * map of strings would take five times as much.
 */
final class FirstRows {

	private long[] keys = new long[1 << 16];

	private long[] rows = new long[1 << 16];

	private int size;

	/** Records the row of a number not seen before and returns 0, or returns the row where it was first seen. */
	long putIfAbsent(long idNumber, long row) {
		if (size * 2 >= keys.length) {
			grow();
		}
		long key = idNumber + 1;
		int mask = keys.length - 1;
		int slot = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
		while (keys[slot] != 0) {
			if (keys[slot] == key) {
				return rows[slot];
			}
			slot = (slot + 1) & mask;
		}
		keys[slot] = key;
		rows[slot] = row;
		size++;
		return 0;
	}

	private void grow() {
		long[] oldKeys = keys;
		long[] oldRows = rows;
		keys = new long[oldKeys.length * 2];
		rows = new long[oldKeys.length * 2];
		size = 0;
		for (int i = 0; i < oldKeys.length; i++) {
			if (oldKeys[i] != 0) {
				putIfAbsent(oldKeys[i] - 1, oldRows[i]);
			}
		}
	}
}
