package org.govict.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Supplier;

import javax.imageio.ImageIO;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.govict.support.Demo;
import org.govict.support.IntegrationTest;
import org.govict.support.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Tickets written to the desk's mailbox, read from a real IMAP server (GreenMail): a staff member's mail becomes a
 * ticket with its attachment, a reply naming the ticket becomes a step on it, a mail read twice makes one ticket, an
 * unknown sender is answered and gets no ticket, a refused attachment is noted and the ticket made all the same.
 */
@IntegrationTest
class TicketsByMailTests {

	@RegisterExtension
	static GreenMailExtension imap = new GreenMailExtension(ServerSetupTest.IMAP.dynamicPort());

	static final String DESK = "hotro@govict.test";

	@Autowired
	DeskMailbox mailbox;

	@Autowired
	Helpdesk helpdesk;

	@Autowired
	HelpdeskSettings settings;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	GreenMailUser desk;

	HelpdeskSettings.Mailbox box;

	@BeforeEach
	void mailbox() {
		desk = imap.setUser(DESK, "hotro", "mat-khau-hop-thu");
		box = settings.mailbox().at("127.0.0.1", imap.getImap().getPort(), false, "hotro", "mat-khau-hop-thu");
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	<T> T as(String username, Supplier<T> work) {
		return SignedIn.as(users, username, work);
	}

	static String address(String username) {
		return username + "@demo.govict.vn";
	}

	List<Long> ticketsTitled(String title) {
		return jdbc.sql("SELECT id FROM helpdesk_tickets WHERE title = ? ORDER BY id").param(title).query(Long.class).list();
	}

	static MimeMessage mail(String from, String subject, String text, Map<String, byte[]> files)
			throws MessagingException {
		MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
		m.setFrom(new InternetAddress(from));
		m.setRecipients(Message.RecipientType.TO, DESK);
		m.setSubject(subject, "UTF-8");
		MimeMultipart parts = new MimeMultipart();
		MimeBodyPart body = new MimeBodyPart();
		body.setText(text, "UTF-8");
		parts.addBodyPart(body);
		for (Map.Entry<String, byte[]> file : files.entrySet()) {
			MimeBodyPart part = new MimeBodyPart();
			part.setDataHandler(new DataHandler(new ByteArrayDataSource(file.getValue(), "application/octet-stream")));
			part.setFileName(file.getKey());
			part.setDisposition(Part.ATTACHMENT);
			parts.addBodyPart(part);
		}
		m.setContent(parts);
		m.saveChanges();
		// After saveChanges, which would make a Message-ID of its own.
		m.setHeader("Message-ID", "<" + UUID.randomUUID() + "@test.govict.vn>");
		return m;
	}

	static byte[] screenshot() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}

	static String unique(String title) {
		return title + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void aStaffMembersMailBecomesATicketWithItsAttachment() throws Exception {
		String title = unique("Máy tính không khởi động được");
		desk.deliver(mail(address(Demo.MINISTRY_STAFF), title, "Máy tính phòng 305 bật không lên, đèn nguồn nháy.",
				Map.of("man-hinh.png", screenshot())));

		assertThat(mailbox.read(box)).isEqualTo(1);

		List<Long> ids = ticketsTitled(title);
		assertThat(ids).hasSize(1);
		long id = ids.get(0);
		Ticket t = as(Demo.MINISTRY_STAFF, () -> helpdesk.get(id));
		assertThat(t.channel()).isEqualTo(Channel.MAIL);
		assertThat(t.type()).isEqualTo(TicketType.INCIDENT);
		assertThat(t.description()).isEqualTo("Máy tính phòng 305 bật không lên, đèn nguồn nháy.");
		assertThat(t.requesterId()).isEqualTo(
				jdbc.sql("SELECT id FROM users WHERE username = ?").param(Demo.MINISTRY_STAFF).query(Long.class).single());
		List<TicketAttachment> files = as(Demo.MINISTRY_STAFF, () -> helpdesk.attachments(id));
		assertThat(files).extracting(TicketAttachment::fileName, TicketAttachment::contentType)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("man-hinh.png", "image/png"));
		assertThat(as(Demo.MINISTRY_STAFF, () -> helpdesk.attachment(id, files.get(0).id())).content())
			.isEqualTo(screenshot());
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entries WHERE module = 'helpdesk' AND action = 'MAIL_OPENED' AND record_id = ?")
			.param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
		// Marked seen once taken: the next poll finds nothing.
		assertThat(mailbox.read(box)).isZero();
		assertThat(imap.getReceivedMessages()[0].getFlags().contains(jakarta.mail.Flags.Flag.SEEN)).isTrue();
	}

	@Test
	void aMailThatFailsAtEveryReadingIsSetAsideAndNoLongerTakesAPlace() throws Exception {
		String title = unique("Thư không có người gửi");
		MimeMessage broken = mail(address(Demo.MINISTRY_STAFF), title, "Nội dung thư.", Map.of());
		broken.removeHeader("From");
		desk.deliver(broken);

		for (int reading = 1; reading < box.maxAttempts(); reading++) {
			assertThat(mailbox.read(box)).isZero();
			assertThat(imap.getReceivedMessages()[0].getFlags().contains(jakarta.mail.Flags.Flag.SEEN)).isFalse();
		}
		assertThat(mailbox.read(box)).isZero();

		jakarta.mail.Flags flags = imap.getReceivedMessages()[0].getFlags();
		assertThat(flags.contains(jakarta.mail.Flags.Flag.SEEN)).isTrue();
		assertThat(flags.contains(jakarta.mail.Flags.Flag.FLAGGED)).isTrue();
		assertThat(mailbox.status().setAside()).anySatisfy(m -> {
			assertThat(m.subject()).isEqualTo(title);
			assertThat(m.attempts()).isEqualTo(box.maxAttempts());
			assertThat(m.lastError()).contains("without a sender");
		});
		assertThat(ticketsTitled(title)).isEmpty();

		// The next mail is taken as usual, and the one set aside is not read again.
		String next = unique("Máy chiếu phòng họp không nhận tín hiệu");
		desk.deliver(mail(address(Demo.MINISTRY_STAFF), next, "Cắm cáp HDMI không lên hình.", Map.of()));
		assertThat(mailbox.read(box)).isEqualTo(1);
		assertThat(ticketsTitled(next)).hasSize(1);
		assertThat(jdbc.sql("SELECT attempts FROM helpdesk_mail_failures WHERE subject = ?").param(title)
			.query(Integer.class).single()).isEqualTo(box.maxAttempts());
	}

	@Test
	void aReplyNamingTheTicketBecomesAStepOnIt() throws Exception {
		String title = unique("Không gửi được thư điện tử");
		Ticket opened = as(Demo.MINISTRY_STAFF, () -> helpdesk.open(new TicketForm(TicketType.INCIDENT, title,
				"Thư gửi đi bị trả lại.", null, Level.MEDIUM, Level.MEDIUM, null)));
		String reply = "Re: Đã nhận yêu cầu hỗ trợ số " + opened.id() + ": " + title;
		desk.deliver(mail(address(Demo.MINISTRY_STAFF), reply, "Thư báo lỗi 550, xin xem ảnh kèm.",
				Map.of("loi-550.png", screenshot())));

		assertThat(mailbox.read(box)).isEqualTo(1);

		assertThat(ticketsTitled(reply)).isEmpty();
		List<TicketStep> steps = as(Demo.MINISTRY_STAFF, () -> helpdesk.steps(opened.id()));
		assertThat(steps).extracting(TicketStep::action).endsWith(TicketStep.FOLLOW_UP);
		assertThat(steps.get(steps.size() - 1).note()).isEqualTo("Thư báo lỗi 550, xin xem ảnh kèm.");
		assertThat(as(Demo.MINISTRY_STAFF, () -> helpdesk.attachments(opened.id())))
			.extracting(TicketAttachment::fileName).containsExactly("loi-550.png");
	}

	@Test
	void aReplyNamingATicketTheSenderMayNotSeeOpensANewOne() throws Exception {
		String title = unique("Máy in tầng 2 hỏng");
		Ticket others = as(Demo.MINISTRY_STAFF, () -> helpdesk.open(new TicketForm(TicketType.INCIDENT, title,
				"Kẹt giấy.", null, Level.MEDIUM, Level.MEDIUM, null)));
		String subject = "Về yêu cầu số " + others.id() + " " + title;
		desk.deliver(mail(address(Demo.DANANG_STAFF), subject, "Máy in của tôi cũng vậy.", Map.of()));

		assertThat(mailbox.read(box)).isEqualTo(1);

		assertThat(ticketsTitled(subject)).hasSize(1);
		assertThat(as(Demo.MINISTRY_STAFF, () -> helpdesk.steps(others.id()))).extracting(TicketStep::action)
			.doesNotContain(TicketStep.FOLLOW_UP);
	}

	@Test
	void theSameMailReadTwiceMakesOneTicket() throws Exception {
		String title = unique("Mất mạng phòng họp");
		MimeMessage message = mail(address(Demo.MINISTRY_STAFF), title, "Phòng họp tầng 3 không có mạng.", Map.of());
		desk.deliver(message);
		desk.deliver(message);

		assertThat(mailbox.read(box)).isEqualTo(2);

		assertThat(ticketsTitled(title)).hasSize(1);
		assertThat(jdbc.sql("SELECT outcome FROM helpdesk_mail_messages WHERE message_id = ?")
			.param(message.getMessageID()).query(String.class).single()).isEqualTo("OPENED");
	}

	@Test
	void anUnknownSenderIsAnsweredAndGetsNoTicket() throws Exception {
		String title = unique("Xin hỗ trợ cài máy in");
		String stranger = "nguoi.la." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		desk.deliver(mail(stranger, title, "Tôi cần cài máy in.", Map.of()));

		assertThat(mailbox.read(box)).isEqualTo(1);

		assertThat(ticketsTitled(title)).isEmpty();
		List<Map<String, Object>> answers = jdbc.sql("SELECT subject, body FROM outgoing_mail WHERE recipient = ?")
			.param(stranger).query().listOfRows();
		assertThat(answers).hasSize(1);
		assertThat((String) answers.get(0).get("subject")).contains("Support request not received", title);
		assertThat((String) answers.get(0).get("body")).contains("tài khoản cán bộ", "staff account");
	}

	@Test
	void aRefusedAttachmentIsNotedAndTheTicketMadeAllTheSame() throws Exception {
		String title = unique("Phần mềm kế toán báo lỗi");
		byte[] program = "MZ\u0090\u0000\u0003\u0000\u0000\u0000 this program cannot be run in DOS mode"
			.getBytes(StandardCharsets.ISO_8859_1);
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("nhat-ky.log", "2026-12-05 09:12:01 ERROR Không kết nối được CSDL\n".getBytes(StandardCharsets.UTF_8));
		files.put("sua-loi.exe", program);
		desk.deliver(mail(address(Demo.MINISTRY_STAFF), title, "Phần mềm báo lỗi khi mở sổ cái.", files));

		assertThat(mailbox.read(box)).isEqualTo(1);

		List<Long> ids = ticketsTitled(title);
		assertThat(ids).hasSize(1);
		long id = ids.get(0);
		assertThat(as(Demo.MINISTRY_STAFF, () -> helpdesk.attachments(id)))
			.extracting(TicketAttachment::fileName, TicketAttachment::contentType)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("nhat-ky.log", "text/plain"));
		List<TicketStep> steps = as(Demo.MINISTRY_STAFF, () -> helpdesk.steps(id));
		assertThat(steps).filteredOn(s -> s.action().equals(TicketStep.ATTACHMENT_REFUSED))
			.singleElement()
			.satisfies(s -> assertThat(s.note()).contains("sua-loi.exe"));
	}
}
