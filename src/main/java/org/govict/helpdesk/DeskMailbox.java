package org.govict.helpdesk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.search.FlagTerm;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.govict.helpdesk.internal.MailMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The desk's mailbox (hộp thư tiếp nhận yêu cầu), read over IMAP every few minutes on one node at a time. Each
 * unseen mail is taken in a transaction of its own (see {@link MailIntake}) and only then marked seen, or moved to
 * the processed folder: a mail whose taking failed stays unseen and is read again at the next poll, and one taken
 * but not yet marked is recognised by its Message-ID.
 */
@Component
public class DeskMailbox {

	private static final Logger log = LoggerFactory.getLogger(DeskMailbox.class);

	private final HelpdeskSettings settings;

	private final MailIntake intake;

	private final MailMessages mails;

	DeskMailbox(HelpdeskSettings settings, MailIntake intake, MailMessages mails) {
		this.settings = settings;
		this.intake = intake;
		this.mails = mails;
	}

	@Scheduled(fixedDelayString = "${govict.helpdesk.mailbox.poll-interval:PT2M}",
			initialDelayString = "${govict.helpdesk.mailbox.poll-interval:PT2M}")
	@SchedulerLock(name = "helpdesk-mailbox", lockAtMostFor = "PT10M")
	void poll() {
		if (settings.mailbox().enabled()) {
			read(settings.mailbox());
		}
	}

	public MailboxStatus status() {
		HelpdeskSettings.Mailbox box = settings.mailbox();
		MailMessages.Status s = mails.status();
		String address = box.enabled() ? box.username() + " @ " + box.host() + ":" + box.port() + "/" + box.folder()
				: null;
		return new MailboxStatus(box.enabled(), address, s.lastPollAt(), s.lastRead(), s.lastError(), s.lastErrorAt(),
				mails.setAside(20)
					.stream()
					.map(m -> new MailboxStatus.SetAsideMail(m.sender(), m.subject(), m.attempts(), m.lastError(),
							m.firstFailedAt(), m.setAsideAt()))
					.toList());
	}

	/** Reads the unseen mails of the mailbox, up to the most per poll; returns how many were taken. */
	public int read(HelpdeskSettings.Mailbox box) {
		int taken = 0;
		String error = null;
		String protocol = box.ssl() ? "imaps" : "imap";
		Session session = Session.getInstance(properties(box, protocol));
		try (Store store = session.getStore(protocol)) {
			store.connect(box.host(), box.port(), box.username(), box.password());
			Folder folder = store.getFolder(box.folder());
			folder.open(Folder.READ_WRITE);
			Folder processed = null;
			if (box.processedFolder() != null && !box.processedFolder().isBlank()) {
				processed = store.getFolder(box.processedFolder());
				if (!processed.exists()) {
					processed.create(Folder.HOLDS_MESSAGES);
				}
			}
			try {
				Message[] unseen = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
				for (int i = 0; i < unseen.length && i < box.maxPerPoll(); i++) {
					Message message = unseen[i];
					try {
						IncomingMail mail = parse((MimeMessage) message);
						MailIntake.Taken result = intake.take(mail);
						log.info("Service desk mailbox: {} from {}: {} (ticket {})", mail.messageId(), mail.sender(),
								result.outcome(), result.ticketId());
						markDone(folder, processed, message);
						mails.taken(mail.messageId());
						taken++;
					}
					catch (MessagingException | IOException | RuntimeException ex) {
						error = describe(ex);
						failed(message, box, error, ex);
					}
				}
			}
			finally {
				folder.close(processed != null);
			}
		}
		catch (MessagingException | RuntimeException ex) {
			error = describe(ex);
			log.warn("Service desk mailbox {} could not be read", box.host(), ex);
		}
		mails.polled(Instant.now(), taken, error);
		return taken;
	}

	/**
	 * A mail that could not be taken stays unseen and is read again at the next poll, when the cause may have gone;
	 * after failing at {@code max-attempts} readings it is set aside: flagged and marked seen, so that it no longer
	 * takes a place in every poll, and listed on the desk's settings page for a person to handle.
	 */
	private void failed(Message message, HelpdeskSettings.Mailbox box, String error, Exception ex) {
		String key = failureKey(message);
		if (key == null) {
			log.warn("Service desk mailbox: a mail could not be taken, left for the next poll", ex);
			return;
		}
		try {
			int attempts = mails.failed(key, header(message, "From"), header(message, "Subject"), error);
			if (attempts < box.maxAttempts()) {
				log.warn("Service desk mailbox: mail {} could not be taken ({} of {} readings), left for the next poll",
						key, attempts, box.maxAttempts(), ex);
				return;
			}
			message.setFlag(Flags.Flag.FLAGGED, true);
			message.setFlag(Flags.Flag.SEEN, true);
			mails.setAside(key);
			log.error("Service desk mailbox: mail {} could not be taken at {} readings and is set aside, flagged in the "
					+ "mailbox", key, attempts, ex);
		}
		catch (MessagingException | RuntimeException again) {
			log.warn("Service desk mailbox: a mail could not be taken nor set aside, left for the next poll", again);
		}
	}

	/** What identifies a mail between readings even when it cannot be read whole: its Message-ID, or its headers. */
	static String failureKey(Message message) {
		try {
			String[] ids = message.getHeader("Message-ID");
			if (ids != null && ids.length > 0 && !ids[0].isBlank()) {
				return cut(ids[0].strip(), 998);
			}
			return "<" + sha256(header(message, "From") + "|" + header(message, "Date") + "|"
					+ header(message, "Subject")) + "@govict.helpdesk>";
		}
		catch (MessagingException | RuntimeException unreadable) {
			return null;
		}
	}

	private static String header(Message message, String name) throws MessagingException {
		String[] values = message.getHeader(name);
		if (values == null || values.length == 0) {
			return null;
		}
		try {
			return MimeUtility.decodeText(values[0]).strip();
		}
		catch (java.io.UnsupportedEncodingException ex) {
			return values[0].strip();
		}
	}

	private static void markDone(Folder folder, Folder processed, Message message) throws MessagingException {
		message.setFlag(Flags.Flag.SEEN, true);
		if (processed != null) {
			folder.copyMessages(new Message[] { message }, processed);
			message.setFlag(Flags.Flag.DELETED, true);
		}
	}

	private static Properties properties(HelpdeskSettings.Mailbox box, String protocol) {
		Properties p = new Properties();
		String prefix = "mail." + protocol + ".";
		p.put("mail.store.protocol", protocol);
		p.put(prefix + "host", box.host());
		p.put(prefix + "port", String.valueOf(box.port()));
		p.put(prefix + "connectiontimeout", String.valueOf(box.timeout().toMillis()));
		p.put(prefix + "timeout", String.valueOf(box.timeout().toMillis()));
		p.put(prefix + "writetimeout", String.valueOf(box.timeout().toMillis()));
		// Reading a mail's content must not mark it seen: that happens only once its ticket is committed.
		p.put(prefix + "peek", "true");
		if (box.ssl()) {
			p.put(prefix + "ssl.checkserveridentity", "true");
		}
		return p;
	}

	// ---- Reading one mail ----

	public IncomingMail parse(MimeMessage message) throws MessagingException, IOException {
		String sender = sender(message);
		String subject = message.getSubject();
		Body body = new Body();
		walk(message, body, 0);
		String text = body.plain != null ? body.plain : body.html != null ? HtmlText.toText(body.html) : "";
		String id = message.getMessageID();
		if (id == null || id.isBlank()) {
			// A mail without its own ID gets one from what does not change between readings.
			id = "<" + sha256(sender + "|" + message.getSentDate() + "|" + subject + "|" + text) + "@govict.helpdesk>";
		}
		String auto = message.getHeader("Auto-Submitted", null);
		boolean automatic = (auto != null && !auto.strip().equalsIgnoreCase("no"))
				|| message.getHeader("X-Autoreply", null) != null
				|| "bulk".equalsIgnoreCase(String.valueOf(message.getHeader("Precedence", null)).strip());
		return new IncomingMail(cut(id.strip(), 998), sender, subject, text, body.files, automatic);
	}

	private static String sender(MimeMessage message) throws MessagingException {
		Address[] from = message.getFrom();
		if (from != null) {
			for (Address a : from) {
				if (a instanceof InternetAddress ia && ia.getAddress() != null) {
					return cut(ia.getAddress().strip().toLowerCase(java.util.Locale.ROOT), 254);
				}
			}
		}
		throw new MessagingException("A mail without a sender");
	}

	private static final class Body {

		String plain;

		String html;

		final List<TicketFile> files = new ArrayList<>();
	}

	private void walk(Part part, Body body, int depth) throws MessagingException, IOException {
		if (depth > 10) {
			return;
		}
		String fileName = part.getFileName() == null ? null : MimeUtility.decodeText(part.getFileName());
		boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || fileName != null;
		if (part.isMimeType("multipart/*")) {
			Multipart parts = (Multipart) part.getContent();
			for (int i = 0; i < parts.getCount(); i++) {
				walk(parts.getBodyPart(i), body, depth + 1);
			}
		}
		else if (attachment) {
			String name = fileName == null ? "file" : fileName;
			// Files beyond the number allowed are refused by their place alone: their content is never read.
			byte[] content = body.files.size() < settings.maxAttachments() ? read(part) : new byte[1];
			body.files.add(new TicketFile(name, content));
		}
		else if (part.isMimeType("text/plain") && body.plain == null) {
			body.plain = String.valueOf(part.getContent());
		}
		else if (part.isMimeType("text/html") && body.html == null) {
			body.html = String.valueOf(part.getContent());
		}
	}

	/** Reads a file up to one byte over the limit: enough to refuse it as too large without holding it whole. */
	private byte[] read(Part part) throws MessagingException, IOException {
		long most = settings.maxAttachmentSize().toBytes() + 1;
		try (InputStream in = part.getInputStream()) {
			return in.readNBytes((int) Math.min(most, Integer.MAX_VALUE - 8));
		}
	}

	private static String describe(Exception ex) {
		return ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage());
	}

	private static String cut(String s, int most) {
		return s.length() > most ? s.substring(0, most) : s;
	}

	private static String sha256(String s) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}
}
