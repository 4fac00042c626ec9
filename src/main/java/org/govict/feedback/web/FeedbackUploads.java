package org.govict.feedback.web;

import java.util.OptionalLong;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.govict.feedback.FeedbackSettings;
import org.govict.platform.web.LargeUploads;
import org.springframework.stereotype.Component;

/** The forms that carry attachments may be as large as all the files a case may have, and a little more. */
@Component
class FeedbackUploads implements LargeUploads {

	private static final Set<String> PATHS = Set.of("/feedback/new", "/feedback/status/information",
			"/feedback/cases/new", "/api/v1/feedback/cases");

	private final FeedbackSettings settings;

	FeedbackUploads(FeedbackSettings settings) {
		this.settings = settings;
	}

	@Override
	public OptionalLong maxBytes(HttpServletRequest request) {
		if (!"POST".equals(request.getMethod()) || !PATHS.contains(request.getRequestURI())) {
			return OptionalLong.empty();
		}
		return OptionalLong.of(settings.maxAttachments() * settings.maxAttachmentSize().toBytes() + 1024 * 1024);
	}
}
