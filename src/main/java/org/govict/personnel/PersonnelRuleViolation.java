package org.govict.personnel;

import java.util.List;

/**
 * A value that breaks a rule of the personnel registry, with every reason found. It records no stack trace: an
 * import of millions of rows refuses many values, and the reasons, not the call stack, are what the officer reads.
 */
public class PersonnelRuleViolation extends RuntimeException {

	private final transient List<Refusal> refusals;

	public PersonnelRuleViolation(List<Refusal> refusals) {
		super(refusals.isEmpty() ? "refused" : refusals.get(0).messageKey(), null, false, false);
		if (refusals.isEmpty()) {
			throw new IllegalArgumentException("a violation needs at least one reason");
		}
		this.refusals = List.copyOf(refusals);
	}

	public PersonnelRuleViolation(Refusal refusal) {
		this(List.of(refusal));
	}

	/** Every reason, the most important first. */
	public List<Refusal> refusals() {
		return refusals;
	}

	/** The first reason. */
	public Refusal refusal() {
		return refusals.get(0);
	}

}
