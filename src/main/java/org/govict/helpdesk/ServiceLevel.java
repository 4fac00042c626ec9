package org.govict.helpdesk;

/** The targets for one priority, in working minutes: to take the ticket, and to resolve it. */
public record ServiceLevel(Level priority, int responseMinutes, int resolutionMinutes) {
}
