package org.govict.feedback;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What an administrator enters to change a deadline rule. */
public record RuleForm(
		@NotNull(message = "{validation.required}") @Min(1) @Max(365) Integer days,
		@NotNull(message = "{validation.required}") Counting counting,
		@NotNull(message = "{validation.required}") CountedFrom countedFrom,
		@Min(1) @Max(365) Integer complexDays, @Min(1) @Max(365) Integer remoteDays,
		@Min(1) @Max(365) Integer remoteComplexDays, @Min(1) @Max(365) Integer extensionDays,
		@Min(0) @Max(10) Integer maxExtensions,
		@Size(max = 300, message = "{validation.tooLong}") String legalBasis) {

	public static RuleForm of(DeadlineRule r) {
		return new RuleForm(r.days(), r.counting(), r.countedFrom(), r.complexDays(), r.remoteDays(),
				r.remoteComplexDays(), r.extensionDays(), r.maxExtensions(), r.legalBasis());
	}
}
