package org.govict.helpdesk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a technician writes in an article. */
public record ArticleForm(@NotBlank @Size(max = 300) String title, @NotBlank @Size(max = 20000) String body,
		Long categoryId, Boolean published, Long sourceTicketId) {

	public ArticleForm {
		published = Boolean.TRUE.equals(published);
	}
}
