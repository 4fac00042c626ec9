/**
 * The feedback desk: feedback and recommendations, complaints and denunciations (phản ánh, kiến nghị, khiếu nại,
 * tố cáo) from their receipt, online or by staff, through triage, assignment and handling to the approved answer,
 * each on the clock of its legal deadline.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Feedback desk",
		allowedDependencies = { "platform", "organisation", "reference", "audit", "mail", "identity" })
package org.govict.feedback;
