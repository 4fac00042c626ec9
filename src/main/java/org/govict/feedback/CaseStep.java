package org.govict.feedback;

import java.time.Instant;

/** One entry of a case's history: the step, the statuses before and after, a note, who and when. */
public record CaseStep(long id, long caseId, Step step, CaseStatus statusBefore, CaseStatus statusAfter, String note,
		boolean visibleToSender, String actor, Instant at) {
}
