package org.govict.helpdesk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a staff member fills in to open a ticket. */
public record TicketForm(@NotNull TicketType type, @NotBlank @Size(max = 300) String title,
		@NotBlank @Size(max = 8000) String description, Long categoryId, @NotNull Level impact,
		@NotNull Level urgency, Long assetId) {

	public static TicketForm empty() {
		return new TicketForm(TicketType.INCIDENT, "", "", null, Level.MEDIUM, Level.MEDIUM, null);
	}

	TicketForm normalised() {
		return new TicketForm(type, title == null ? null : title.strip(),
				description == null ? null : description.strip(), categoryId, impact, urgency, assetId);
	}
}
