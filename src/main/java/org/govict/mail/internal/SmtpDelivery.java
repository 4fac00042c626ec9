package org.govict.mail.internal;

import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.govict.mail.MailSettings;
import org.govict.mail.OutgoingMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drains the outbox through SMTP. Present only when an SMTP server is configured ({@code SPRING_MAIL_HOST});
 * then Spring Boot provides the {@link JavaMailSender}. One node at a time, guarded by ShedLock.
 */
@Component
@ConditionalOnProperty("spring.mail.host")
class SmtpDelivery {

	private static final Logger log = LoggerFactory.getLogger(SmtpDelivery.class);

	private final OutgoingMails mails;

	private final JavaMailSender sender;

	private final MailSettings settings;

	SmtpDelivery(OutgoingMails mails, JavaMailSender sender, MailSettings settings) {
		this.mails = mails;
		this.sender = sender;
		this.settings = settings;
	}

	@Scheduled(fixedDelayString = "${govict.mail.delivery-interval:PT30S}")
	@SchedulerLock(name = "mail-delivery", lockAtMostFor = "PT5M")
	@Transactional
	public void deliver() {
		for (OutgoingMail mail : mails.lockUndelivered(settings.maxAttempts(), 50)) {
			try {
				SimpleMailMessage message = new SimpleMailMessage();
				message.setFrom(settings.from());
				message.setTo(mail.recipient());
				message.setSubject(mail.subject());
				message.setText(mail.body());
				sender.send(message);
				mails.markSent(mail.id(), Instant.now());
			}
			catch (MailException ex) {
				log.warn("Could not deliver mail {} to {}: {}", mail.id(), mail.recipient(), ex.getMessage());
				mails.markFailed(mail.id(), ex.getMessage());
			}
		}
	}
}
