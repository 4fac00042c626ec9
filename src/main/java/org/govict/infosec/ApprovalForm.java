package org.govict.infosec;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The decision approving a system's level (quyết định phê duyệt cấp độ). */
public record ApprovalForm(@NotBlank @Size(max = 50) String decisionNumber, @NotNull LocalDate decisionDate,
		@NotBlank @Size(max = 300) String approvingAuthority) {
}
