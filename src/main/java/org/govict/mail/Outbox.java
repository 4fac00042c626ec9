package org.govict.mail;

import java.util.List;
import java.util.Optional;

import org.govict.mail.internal.OutgoingMails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends e-mail by writing it to the outbox in the caller's transaction: the message exists exactly when the
 * change that caused it was committed. Delivery happens afterwards, and is retried.
 */
@Service
public class Outbox {

	private final OutgoingMails mails;

	Outbox(OutgoingMails mails) {
		this.mails = mails;
	}

	@Transactional
	public long send(String recipient, String subject, String body) {
		return mails.add(recipient, subject, body);
	}

	/** A message to write to the outbox together with others. */
	public record Message(String recipient, String subject, String body) {
	}

	/** Writes several messages in one go, for work done in batches; each is sent as {@link #send} would. */
	@Transactional
	public void sendAll(List<Message> messages) {
		mails.addAll(messages);
	}

	@Transactional(readOnly = true)
	public List<OutgoingMail> latest(int offset, int limit) {
		return mails.latest(offset, limit);
	}

	@Transactional(readOnly = true)
	public long count() {
		return mails.count();
	}

	@Transactional(readOnly = true)
	public Optional<OutgoingMail> find(long id) {
		return mails.find(id);
	}
}
