package org.govict.helpdesk.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.govict.helpdesk.HelpdeskSettings;
import org.govict.helpdesk.TicketAttachment;
import org.govict.helpdesk.TicketFile;
import org.govict.platform.web.LargeUploads;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * The service desk's uploads: the paths that take a ticket's files may carry as many files of the largest size as
 * one upload allows, beyond the platform's request limit; and the files as the service reads them.
 */
@Component
class Uploads implements LargeUploads {

	private static final Pattern PATHS = Pattern
		.compile("/helpdesk/tickets/new|(/api/v1)?/helpdesk/tickets/\\d+/attachments");

	private final HelpdeskSettings settings;

	Uploads(HelpdeskSettings settings) {
		this.settings = settings;
	}

	@Override
	public OptionalLong maxBytes(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!"POST".equals(request.getMethod()) || !PATHS.matcher(path).matches()) {
			return OptionalLong.empty();
		}
		return OptionalLong.of(settings.maxAttachments() * settings.maxAttachmentSize().toBytes() + 1024 * 1024);
	}

	static List<TicketFile> files(List<MultipartFile> files) {
		if (files == null) {
			return List.of();
		}
		return files.stream().filter(f -> !f.isEmpty()).map(f -> {
			try {
				return new TicketFile(f.getOriginalFilename(), f.getBytes());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}).toList();
	}

	/**
	 * A file to download, never shown in the browser: saved under its name, with the type judged from its content,
	 * and the browser told not to guess another.
	 */
	static ResponseEntity<byte[]> download(TicketAttachment.Download file) {
		TicketAttachment a = file.attachment();
		MediaType type = a.contentType().startsWith("text/")
				? new MediaType(MediaType.parseMediaType(a.contentType()), java.nio.charset.StandardCharsets.UTF_8)
				: MediaType.parseMediaType(a.contentType());
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(a.fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(file.content());
	}
}
