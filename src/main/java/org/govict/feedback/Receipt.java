package org.govict.feedback;

import java.time.LocalDate;

/**
 * The answer to a submission: the tracking code and the secret that together open the case's status page (the
 * secret is shown this once and never stored), and the first deadline. When the same submission was received
 * already, {@code duplicate} is true, no case is created and there is no secret.
 */
public record Receipt(long caseId, String trackingCode, String secret, LocalDate dueOn, boolean duplicate)
		implements java.io.Serializable {
}
