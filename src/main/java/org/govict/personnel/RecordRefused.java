package org.govict.personnel;

import java.util.List;

/** A record or change that breaks the registry's rules, with every reason found, field by field. */
public class RecordRefused extends RuntimeException {

	private final transient List<FieldRefusal> refusals;

	public RecordRefused(List<FieldRefusal> refusals) {
		super(refusals.isEmpty() ? "refused" : refusals.get(0).refusal().messageKey(), null, false, false);
		if (refusals.isEmpty()) {
			throw new IllegalArgumentException("a refusal needs at least one reason");
		}
		this.refusals = List.copyOf(refusals);
	}

	public RecordRefused(FieldRefusal refusal) {
		this(List.of(refusal));
	}

	public List<FieldRefusal> refusals() {
		return refusals;
	}
}
