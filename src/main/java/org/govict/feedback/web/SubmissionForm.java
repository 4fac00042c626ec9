package org.govict.feedback.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.govict.feedback.CaseKind;
import org.govict.feedback.Channel;
import org.govict.feedback.SenderType;
import org.govict.feedback.Submission;
import org.govict.feedback.Upload;
import org.springframework.web.multipart.MultipartFile;

/**
 * The submission form as the browser sends it: the submission, its files, and what guards the public form (the
 * honeypot {@code website}, which people never see and bots fill in, and the challenge), or the channel when staff
 * enter a case.
 */
record SubmissionForm(
		@NotNull(message = "{validation.required}") SenderType senderType,
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String senderName,
		@Email(message = "{validation.email}") @Size(max = 254, message = "{validation.tooLong}") String senderEmail,
		@Size(max = 30, message = "{validation.tooLong}") String senderPhone,
		@Size(max = 300, message = "{validation.tooLong}") String senderAddress,
		@Size(max = 20, message = "{validation.tooLong}") String senderIdNumber,
		@NotNull(message = "{validation.required}") CaseKind kind,
		String topicCode,
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String title,
		@NotBlank(message = "{validation.required}") @Size(max = 4000, message = "{validation.tooLong}") String content,
		Boolean publishConsent,
		Long receivingUnitId,
		List<MultipartFile> attachments,
		String website,
		String challengeToken,
		String challengeAnswer,
		Channel channel) {

	static SubmissionForm empty() {
		return new SubmissionForm(SenderType.INDIVIDUAL, "", "", "", "", "", CaseKind.FEEDBACK, null, "", "", false, null,
				List.of(), "", "", "", null);
	}

	Submission toSubmission() {
		return new Submission(senderType, senderName, senderEmail, senderPhone, senderAddress, senderIdNumber, kind,
				topicCode, title, content, publishConsent, receivingUnitId);
	}

	List<Upload> uploads() {
		return uploads(attachments);
	}

	static List<Upload> uploads(List<MultipartFile> files) {
		if (files == null) {
			return List.of();
		}
		return files.stream().filter(f -> f != null && !f.isEmpty()).map(f -> {
			try {
				return new Upload(f.getOriginalFilename(), f.getBytes());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}).toList();
	}
}
