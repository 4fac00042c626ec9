package org.govict.feedback;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a sender says: who they are, what kind of case, on which topic, and what about. The same form serves the
 * public and staff entering what came on paper, by phone or by e-mail.
 */
public record Submission(
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
		Long receivingUnitId) {

	public static final int MAX_CONTENT = 4000;

	public static Submission empty() {
		return new Submission(SenderType.INDIVIDUAL, "", "", "", "", "", CaseKind.FEEDBACK, null, "", "", false,
				null);
	}

	Submission normalised() {
		return new Submission(senderType, strip(senderName), strip(senderEmail), strip(senderPhone),
				strip(senderAddress), strip(senderIdNumber), kind, strip(topicCode), strip(title),
				content == null ? null : content.strip(), Boolean.TRUE.equals(publishConsent), receivingUnitId);
	}

	private static String strip(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
