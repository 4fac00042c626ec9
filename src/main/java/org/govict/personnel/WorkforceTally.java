package org.govict.personnel;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The counts of one line of BM01, folded from the groups the report query returns: each group is the people of one
 * demography (sex, age band, past retirement age or not, Party member or not) with the packed sums of their other
 * attributes (see V11__personnel_reports.sql). Also keeps the age pyramid by sex.
 */
public final class WorkforceTally {

	/** The width of one counter in a packed sum. */
	static final int FIELD_BITS = 21;

	static final long FIELD_LIMIT = 1L << FIELD_BITS;

	private static final BigInteger MASK = BigInteger.valueOf(FIELD_LIMIT - 1);

	/** The packed sums in the order the query returns them, each with the three columns it counts. */
	static final List<WorkforceColumn[]> PACKED = List.of(
			new WorkforceColumn[] { WorkforceColumn.RANK_A3, WorkforceColumn.RANK_A2, WorkforceColumn.RANK_A1 },
			new WorkforceColumn[] { WorkforceColumn.RANK_A0, WorkforceColumn.RANK_B, WorkforceColumn.RANK_C },
			new WorkforceColumn[] { WorkforceColumn.DOCTORATE, WorkforceColumn.MASTER, WorkforceColumn.BACHELOR },
			new WorkforceColumn[] { WorkforceColumn.THEORY_ADVANCED, WorkforceColumn.THEORY_INTERMEDIATE,
					WorkforceColumn.THEORY_ELEMENTARY },
			new WorkforceColumn[] { WorkforceColumn.MANAGEMENT_CVCC, WorkforceColumn.MANAGEMENT_CVC,
					WorkforceColumn.MANAGEMENT_CV },
			new WorkforceColumn[] { WorkforceColumn.MANAGEMENT_CS, WorkforceColumn.IT_DEGREE,
					WorkforceColumn.IT_CERTIFICATE },
			new WorkforceColumn[] { WorkforceColumn.LANGUAGE_DEGREE, WorkforceColumn.LANGUAGE_CERTIFICATE,
					WorkforceColumn.ETHNIC_MINORITIES });

	private final long[] counts = new long[WorkforceColumn.values().length];

	private final long[][] pyramid = new long[2][AgeBand.values().length];

	/** The demography key of a group, as the report query computes it. */
	public static int demography(Sex sex, AgeBand band, boolean pastRetirementAge, boolean partyMember) {
		int bucket = AgeBand.values().length - 1 - band.ordinal();
		return (sex == Sex.FEMALE ? 1 : 0) + 2 * bucket + (pastRetirementAge ? 32 : 0) + (partyMember ? 64 : 0);
	}

	/**
	 * Adds a group of {@code people} with the given demography key and packed sums.
	 * @throws IllegalStateException when the group is too large for its packed sums to be read back
	 */
	public void add(int demography, long people, List<BigInteger> packedSums) {
		if (people >= FIELD_LIMIT) {
			throw new IllegalStateException("a group of " + people + " people overflows the packed counters");
		}
		boolean female = (demography & 1) == 1;
		AgeBand band = AgeBand.ofBucket((demography >> 1) & 15);
		boolean past = (demography & 32) != 0;
		boolean party = (demography & 64) != 0;
		add(WorkforceColumn.TOTAL, people);
		if (female) {
			add(WorkforceColumn.WOMEN, people);
		}
		if (party) {
			add(WorkforceColumn.PARTY_MEMBERS, people);
		}
		if (past) {
			add(WorkforceColumn.PAST_RETIREMENT_AGE, people);
		}
		else if (band.to() < 30) {
			add(WorkforceColumn.AGE_UNDER_30, people);
		}
		else if (band.to() <= 50) {
			add(WorkforceColumn.AGE_30_TO_50, people);
		}
		else {
			add(female ? WorkforceColumn.AGE_OVER_50_WOMEN : WorkforceColumn.AGE_OVER_50_MEN, people);
		}
		pyramid[female ? 1 : 0][band.ordinal()] += people;
		long degrees = 0;
		for (int i = 0; i < PACKED.size(); i++) {
			BigInteger sum = packedSums.get(i);
			WorkforceColumn[] columns = PACKED.get(i);
			for (int field = 0; field < 3; field++) {
				long value = sum.shiftRight(FIELD_BITS * field).and(MASK).longValue();
				add(columns[field], value);
				if (columns[field].group() == WorkforceColumn.Group.DEGREE) {
					degrees += value;
				}
			}
		}
		add(WorkforceColumn.OTHER_DEGREE, people - degrees);
	}

	/** Adds another line's counts, for totals. */
	public void addAll(WorkforceTally other) {
		for (int i = 0; i < counts.length; i++) {
			counts[i] += other.counts[i];
		}
		for (int s = 0; s < 2; s++) {
			for (int b = 0; b < pyramid[s].length; b++) {
				pyramid[s][b] += other.pyramid[s][b];
			}
		}
	}

	private void add(WorkforceColumn column, long people) {
		counts[column.ordinal()] += people;
	}

	public long count(WorkforceColumn column) {
		return counts[column.ordinal()];
	}

	/** Every column's count, in the order of {@link WorkforceColumn}. */
	public long[] counts() {
		return Arrays.copyOf(counts, counts.length);
	}

	public long pyramid(Sex sex, AgeBand band) {
		return pyramid[sex == Sex.FEMALE ? 1 : 0][band.ordinal()];
	}

	/** The counts of the four degree columns, for the degree chart. */
	public Map<WorkforceColumn, Long> degrees() {
		Map<WorkforceColumn, Long> degrees = new EnumMap<>(WorkforceColumn.class);
		for (WorkforceColumn column : WorkforceColumn.values()) {
			if (column.group() == WorkforceColumn.Group.DEGREE) {
				degrees.put(column, count(column));
			}
		}
		return degrees;
	}
}
