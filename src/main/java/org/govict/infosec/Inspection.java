package org.govict.infosec;

import java.time.LocalDate;
import java.util.List;

/**
 * An inspection (kiểm tra, đánh giá an toàn thông tin) of one or more systems, periodic or ad hoc, with its findings
 * and the remediation tasks each calls for.
 */
public record Inspection(long id, InspectionKind kind, String title, long ownerUnitId, LocalDate plannedOn,
		LocalDate doneOn, List<Long> systemIds, List<Finding> findings) {

	/** What the inspection found in a system, and how serious it is. */
	public record Finding(long id, Long systemId, String description, Severity severity,
			List<Remediation> remediations) {
	}

	/** A task that remedies a finding: who does it and by when, and whether it is done. */
	public record Remediation(long id, long findingId, String task, String owner, LocalDate dueOn,
			LocalDate closedOn, String outcome) {

		public boolean overdue(LocalDate today) {
			return closedOn == null && today.isAfter(dueOn);
		}
	}

	public long openRemediations() {
		return findings.stream().flatMap(f -> f.remediations().stream()).filter(r -> r.closedOn() == null).count();
	}
}
