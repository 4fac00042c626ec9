package org.govict.helpdesk;

import java.time.Instant;

/** A ticket (phiếu yêu cầu hỗ trợ) as the desk reads it. */
public record Ticket(long id, TicketType type, String title, String description, Long categoryId, Level impact,
		Level urgency, Level priority, TicketStatus status, Approval approval, long requesterId,
		String requesterName, long requesterUnitId, Long groupId, Long technicianId, String technicianName,
		String solution, Instant openedAt, Instant respondedAt, Instant resolvedAt, Instant closedAt,
		Instant responseDueAt, Instant resolutionDueAt, Instant pausedSince, Instant waitingUntil, long pausedMinutes,
		Instant escalatedAt, Integer rating, String ratingComment, int version, Channel channel) {

	/** Open and past its resolution target, the clock running. */
	public boolean isLate(Instant now) {
		return status.isOpen() && pausedSince == null && resolutionDueAt.isBefore(now);
	}

	/** Resolved within its resolution target. */
	public boolean metResolutionTarget() {
		return resolvedAt != null && !resolvedAt.isAfter(resolutionDueAt);
	}

	/** Technicians may work on it: approved when it needed approval. */
	public boolean isReleased() {
		return approval == Approval.NOT_NEEDED || approval == Approval.APPROVED;
	}
}
