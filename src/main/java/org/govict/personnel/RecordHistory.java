package org.govict.personnel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The changes of one record in the order they take effect, and what follows from them: the record on any date as
 * known at any time (bitemporal), and the periods in which the fields that reports count stayed the same.
 */
public final class RecordHistory {

	/** The fields that reports count; a new period starts whenever one of them changes. */
	public static final List<String> REPORTED_FIELDS = List.of("unit_id", "sex", "birth_date", "status",
			"staff_group", "salary_grade", "rank_code", "position_code", "education_level", "political_theory",
			"state_management", "it_level", "language_level", "party_joined", "ethnic_code", "religion_code",
			"coefficient");

	private static final Comparator<RecordChange> EFFECT_ORDER = Comparator.comparing(RecordChange::effectiveOn)
		.thenComparingLong(RecordChange::id);

	private final List<RecordChange> changes;

	public RecordHistory(List<RecordChange> changes) {
		this.changes = changes.stream().sorted(EFFECT_ORDER).toList();
	}

	public List<RecordChange> changes() {
		return changes;
	}

	/** The record as it stood on {@code day} as known now; empty before its first change took effect. */
	public Optional<RecordState> asOf(LocalDate day) {
		return asOf(day, null);
	}

	/**
	 * The record as it stood on {@code day}, as it was known at {@code knownAt} (null: as known now): a change
	 * recorded later, even with an earlier effective date, is left out.
	 */
	public Optional<RecordState> asOf(LocalDate day, Instant knownAt) {
		RecordState state = null;
		for (RecordChange change : changes) {
			if (change.visibleAt(day, knownAt)) {
				state = (state == null ? RecordState.EMPTY : state).with(change.changes());
			}
		}
		return Optional.ofNullable(state);
	}

	/** The date of the first change in effect, if any. */
	public Optional<LocalDate> firstEffective() {
		return changes.stream().map(RecordChange::effectiveOn).findFirst();
	}

	/**
	 * The periods of the reported fields: from each date on which one of them changed to the next such date (the
	 * last period is open). Changes on the same day fold into one period.
	 */
	public List<Period> periods() {
		List<Period> periods = new ArrayList<>();
		RecordState state = RecordState.EMPTY;
		int i = 0;
		while (i < changes.size()) {
			LocalDate day = changes.get(i).effectiveOn();
			while (i < changes.size() && changes.get(i).effectiveOn().equals(day)) {
				state = state.with(changes.get(i).changes());
				i++;
			}
			if (!periods.isEmpty() && sameReported(periods.get(periods.size() - 1).state(), state)) {
				continue;
			}
			if (!periods.isEmpty()) {
				Period last = periods.remove(periods.size() - 1);
				periods.add(new Period(last.from(), day, last.state()));
			}
			periods.add(new Period(day, null, state));
		}
		return periods;
	}

	private static boolean sameReported(RecordState a, RecordState b) {
		return REPORTED_FIELDS.stream().allMatch(f -> Objects.equals(a.get(f), b.get(f)));
	}

	/** A stretch of time, {@code from} inclusive to {@code to} exclusive (null: still running). */
	public record Period(LocalDate from, LocalDate to, RecordState state) {
	}
}
