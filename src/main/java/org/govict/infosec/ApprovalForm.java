package org.govict.infosec;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;
import jakarta.validation.constraints.Size;

/** The decision approving a system's level (quyết định phê duyệt cấp độ). */
public record ApprovalForm(@NotBlank @Size(max = 50) String decisionNumber,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate,
		@NotBlank @Size(max = 300) String approvingAuthority) {
}
