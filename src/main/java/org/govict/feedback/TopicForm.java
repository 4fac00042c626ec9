package org.govict.feedback;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an administrator enters to add or change a topic; the code is the key and stays. */
public record TopicForm(
		@NotBlank(message = "{validation.required}") @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_\\-]*",
				message = "{validation.code}") String code,
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String nameVi,
		@Size(max = 200, message = "{validation.tooLong}") String nameEn,
		@Min(0) @Max(100000) Integer sortOrder,
		Boolean active) {

	public static TopicForm empty() {
		return new TopicForm("", "", "", 0, true);
	}

	public static TopicForm of(Topic t) {
		return new TopicForm(t.code(), t.nameVi(), t.nameEn(), t.sortOrder(), t.active());
	}

	Topic toTopic(String key) {
		return new Topic(key, nameVi.strip(), nameEn == null || nameEn.isBlank() ? null : nameEn.strip(),
				active == null || active, sortOrder == null ? 0 : sortOrder);
	}
}
