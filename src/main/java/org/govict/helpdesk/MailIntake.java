package org.govict.helpdesk;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govict.audit.AuditRecord;
import org.govict.audit.AuditTrail;
import org.govict.helpdesk.internal.Catalogue;
import org.govict.helpdesk.internal.Catalogue.Person;
import org.govict.helpdesk.internal.MailMessages;
import org.govict.helpdesk.internal.MailMessages.Outcome;
import org.govict.identity.GovIctUser;
import org.govict.identity.StaffDirectory;
import org.govict.mail.MailSettings;
import org.govict.mail.Outbox;
import org.govict.platform.PlatformSettings;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes one mail from the desk's mailbox, in one transaction: a staff member's mail opens a ticket in their name, or
 * becomes their follow-up on the ticket its subject names ("số 123", as in the desk's own mails) when they may see
 * it; anybody else is answered, in Vietnamese and English, to write from a staff account. The mail's Message-ID is
 * recorded in the same transaction, so that a mail read twice is taken once.
 */
@Service
class MailIntake {

	static final String MAIL_RECORD = "HelpdeskMail";

	/** The reference the desk's own mails carry in their subjects: "số 123", "ticket 123", "#123". */
	private static final Pattern REFERENCE = Pattern.compile("(?iU)(?:\\bsố|\\bticket|#)\\s*#?(\\d{1,18})\\b");

	private static final Pattern NO_REPLY = Pattern
		.compile("(?i)^(mailer-daemon|postmaster|no-?reply|do-?not-?reply)@.*");

	private final Helpdesk helpdesk;

	private final MailMessages mails;

	private final StaffDirectory staff;

	private final Catalogue catalogue;

	private final Outbox outbox;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final PlatformSettings platform;

	private final MailSettings mailSettings;

	MailIntake(Helpdesk helpdesk, MailMessages mails, StaffDirectory staff, Catalogue catalogue, Outbox outbox,
			AuditTrail audit, MessageSource messages, PlatformSettings platform, MailSettings mailSettings) {
		this.helpdesk = helpdesk;
		this.mails = mails;
		this.staff = staff;
		this.catalogue = catalogue;
		this.outbox = outbox;
		this.audit = audit;
		this.messages = messages;
		this.platform = platform;
		this.mailSettings = mailSettings;
	}

	/** What became of the mail. */
	record Taken(Outcome outcome, Long ticketId) {
	}

	@Transactional
	public Taken take(IncomingMail mail) {
		if (!mails.claim(mail.messageId(), mail.sender())) {
			return new Taken(Outcome.RECEIVED, mails.ticketOf(mail.messageId()).orElse(null));
		}
		Optional<GovIctUser> account = staff.accountWithEmail(mail.sender());
		if (account.isEmpty()) {
			return refuse(mail);
		}
		GovIctUser sender = account.get();
		Locale locale = catalogue.person(sender.userId())
			.map(Person::language)
			.map(Locale::forLanguageTag)
			.orElse(Locale.forLanguageTag("vi"));
		return actingAs(sender, () -> {
			String subject = blank(mail.subject()) ? messages.getMessage("helpdesk.mail.noSubject", null, locale)
					: cut(mail.subject().strip(), 300);
			String text = blank(mail.text()) ? messages.getMessage("helpdesk.mail.noText", null, locale)
					: cut(mail.text().strip(), 8000);
			Optional<Ticket> referred = reference(mail.subject()).flatMap(helpdesk::find)
				.filter(t -> t.status() != TicketStatus.CLOSED);
			Ticket ticket;
			Outcome outcome;
			if (referred.isPresent()) {
				ticket = helpdesk.followUpFromMail(referred.get().id(), withoutQuote(text), mail.files(), locale);
				outcome = Outcome.FOLLOW_UP;
			}
			else {
				ticket = helpdesk.openFromMail(new TicketForm(TicketType.INCIDENT, subject, text, null, Level.MEDIUM,
						Level.MEDIUM, null), mail.files(), locale);
				outcome = Outcome.OPENED;
			}
			mails.done(mail.messageId(), outcome, ticket.id());
			audit.record(AuditRecord.action(Helpdesk.MODULE, "MAIL_" + outcome.name(), Helpdesk.RECORD, ticket.id(),
					ticket.requesterUnitId(), null, Map.of("messageId", mail.messageId(), "sender", mail.sender())));
			return new Taken(outcome, ticket.id());
		});
	}

	/**
	 * Answers a sender who has no staff account, unless the mail is itself automatic (a bounce, an out-of-office
	 * reply) or comes from an address that takes no answers: two robots must not write to each other forever.
	 */
	private Taken refuse(IncomingMail mail) {
		boolean answer = !mail.automatic() && !NO_REPLY.matcher(mail.sender()).matches()
				&& !mail.sender().equalsIgnoreCase(mailSettings.from());
		if (answer) {
			Locale vi = Locale.forLanguageTag("vi");
			Object[] args = { mail.sender(), cut(blank(mail.subject()) ? "" : mail.subject().strip(), 150), "",
					platform.baseUrl() + "/helpdesk/tickets/new" };
			outbox.send(mail.sender(), messages.getMessage("helpdesk.mail.unknownSender.subject", args, vi),
					messages.getMessage("helpdesk.mail.unknownSender.body", args, vi));
		}
		Outcome outcome = answer ? Outcome.REFUSED : Outcome.IGNORED;
		mails.done(mail.messageId(), outcome, null);
		audit.record(AuditRecord.action(Helpdesk.MODULE, "MAIL_" + outcome.name(), MAIL_RECORD, cut(mail.messageId(), 100), null,
				null, Map.of("messageId", mail.messageId(), "sender", mail.sender(), "subject",
						blank(mail.subject()) ? "" : cut(mail.subject(), 300))));
		return new Taken(outcome, null);
	}

	/** Where a reply quotes the mail it answers: "> ..." lines, "On ... wrote:", "Vào ... đã viết:", Outlook's header. */
	private static final Pattern QUOTE = Pattern.compile(
			"(?m)^(>|-{2,} ?(Original Message|Thư gốc)|(On|Vào) .{0,200}(wrote|viết):\\s*$|From: .*\\R(Sent|Date): )",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** A reply's own words, without the desk's mail it quotes below them (the ticket has that already). */
	static String withoutQuote(String text) {
		Matcher m = QUOTE.matcher(text);
		if (m.find()) {
			String own = text.substring(0, m.start()).strip();
			return own.isEmpty() ? text : own;
		}
		return text;
	}

	static Optional<Long> reference(String subject) {
		if (subject == null) {
			return Optional.empty();
		}
		Matcher m = REFERENCE.matcher(subject);
		return m.find() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
	}

	/** Works in the sender's name, with their roles and scope: the ticket is theirs as if they had opened it. */
	private static <T> T actingAs(GovIctUser user, Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static String cut(String s, int most) {
		return s.length() > most ? s.substring(0, most) : s;
	}
}
