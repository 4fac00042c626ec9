package org.govict.infosec;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.function.Supplier;

import org.govict.support.Demo;
import org.govict.support.IntegrationTest;
import org.govict.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A serious incident detected four and a half days ago, neither notified nor reported, is written about once per
 * deadline to its unit's officers; a fresh minor one is not.
 */
@IntegrationTest
class IncidentReportFallingDueIsWarnedOnce {

	@Autowired
	SecurityLevels levels;

	@Autowired
	Incidents incidents;

	@Autowired
	ReportDeadlineWatch watch;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	<T> T as(String username, Supplier<T> work) {
		return SignedIn.as(users, username, work);
	}

	long mails(String title) {
		return jdbc.sql("SELECT count(*) FROM outgoing_mail WHERE subject LIKE ?")
			.param("%" + title + "%")
			.query(Long.class)
			.single();
	}

	@Test
	void theOfficerIsWrittenToOnceWhenTheReportFallsDue() {
		long unit = jdbc.sql("SELECT id FROM organisation_units WHERE code = 'BNV-TTTT-CSDL'").query(Long.class).single();
		InformationSystem s = as(Demo.MINISTRY_SECURITY_OFFICER, () -> levels.register(new SystemForm(
				"Hệ thống lưu trữ " + System.nanoTime(), unit, null, SystemKind.INTERNAL_ADMINISTRATION, true, false,
				false, false, false, null, false, false, 0, 0, null, null, false)));
		String title = "Mã độc tống tiền " + System.nanoTime();
		String fresh = "Quét cổng " + System.nanoTime();
		as(Demo.MINISTRY_SECURITY_OFFICER, () -> incidents.report(new IncidentForm(s.id(), null, title, null,
				Severity.CRITICAL, LocalDateTime.now(Incidents.ZONE).minus(Duration.ofHours(108)))));
		as(Demo.MINISTRY_SECURITY_OFFICER, () -> incidents.report(new IncidentForm(s.id(), null, fresh, null,
				Severity.LOW, LocalDateTime.now(Incidents.ZONE).minusHours(1))));

		watch.warn(incidents.now());
		assertThat(mails(title)).isPositive();
		assertThat(mails(fresh)).isZero();
		assertThat(jdbc.sql("""
				SELECT count(*) FROM outgoing_mail WHERE subject LIKE ? AND body NOT LIKE '%VNCERT%'
				    AND (body LIKE '%Bộ Công an%' OR body LIKE '%Ministry of Public Security%')""")
			.param("%" + title + "%")
			.query(Long.class)
			.single())
			.as("the authority of Decree 331 is named").isPositive();
		assertThat(jdbc.sql("SELECT count(*) FROM outgoing_mail WHERE subject IN (?, ?)")
			.params("Sắp đến hạn thông báo sự cố nghiêm trọng: " + title,
					"Serious incident notification falling due: " + title)
			.query(Long.class)
			.single()).as("the initial notification is warned of too").isPositive();
		long first = mails(title);
		watch.warn(incidents.now());
		assertThat(mails(title)).isEqualTo(first);
	}
}
