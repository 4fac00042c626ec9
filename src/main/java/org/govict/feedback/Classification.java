package org.govict.feedback;

import jakarta.validation.constraints.NotNull;

/** What triage decides a case is: its kind and topic, whether it is complex, whether it is in a remote area. */
public record Classification(@NotNull(message = "{validation.required}") CaseKind kind, String topicCode,
		Boolean complex, Boolean remoteArea) {
}
