package org.govict.feedback;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import org.govict.mail.Outbox;
import org.govict.platform.PlatformSettings;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The e-mail a sender gets at receipt and at each step they should know of, in the language they wrote in, when
 * they gave an address. It goes into the outbox in the step's transaction.
 */
@Component
class SenderMail {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final Outbox outbox;

	private final MessageSource messages;

	private final PlatformSettings platform;

	SenderMail(Outbox outbox, MessageSource messages, PlatformSettings platform) {
		this.outbox = outbox;
		this.messages = messages;
		this.platform = platform;
	}

	/** The receipt for the sender of a new case, when they gave an address; written with the case's batch. */
	Optional<Outbox.Message> receipt(FeedbackCase c) {
		if (c.senderEmail() == null) {
			return Optional.empty();
		}
		Locale locale = Locale.forLanguageTag(c.language());
		String body = messages.getMessage("feedback.mail.receipt",
				new Object[] { c.senderName(), c.trackingCode(), c.title(), date(c.dueOn(), locale), statusLink() },
				locale);
		return Optional.of(new Outbox.Message(c.senderEmail(), subject(c, Step.RECEIVED, locale), body));
	}

	void step(FeedbackCase c, Step step, String note) {
		if (c.senderEmail() == null || !step.visibleToSender() || step == Step.RECEIVED) {
			return;
		}
		Locale locale = Locale.forLanguageTag(c.language());
		String text = step == Step.ANSWER_SENT ? c.answer() : note;
		String body = messages.getMessage("feedback.mail.step",
				new Object[] { c.senderName(), c.trackingCode(), messages.getMessage("feedback.step." + step, null, locale),
						text == null ? "" : text, date(c.dueOn(), locale), statusLink() },
				locale);
		outbox.send(c.senderEmail(), subject(c, step, locale), body);
	}

	private String subject(FeedbackCase c, Step step, Locale locale) {
		return messages.getMessage("feedback.mail.subject",
				new Object[] { c.trackingCode(), messages.getMessage("feedback.step." + step, null, locale) }, locale);
	}

	private String statusLink() {
		return platform.baseUrl() + "/feedback/status";
	}

	private String date(LocalDate day, Locale locale) {
		return day == null ? messages.getMessage("feedback.noDeadline", null, locale) : DATE.format(day);
	}
}
