package org.govict.infosec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Supplier;

import org.govict.platform.web.InvalidInputException;
import org.govict.support.Demo;
import org.govict.support.IntegrationTest;
import org.govict.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A periodic inspection of a system finds a weakness; its remediation task, past its date, is listed as overdue
 * until it is closed.
 */
@IntegrationTest
class InspectionRemediationIsTrackedToClosure {

	@Autowired
	SecurityLevels levels;

	@Autowired
	Inspections inspections;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	<T> T as(String username, Supplier<T> work) {
		return SignedIn.as(users, username, work);
	}

	@Test
	void anOverdueRemediationIsListedUntilClosed() {
		long unit = jdbc.sql("SELECT id FROM organisation_units WHERE code = 'BNV-TTTT-CSDL'").query(Long.class).single();
		InformationSystem s = as(Demo.MINISTRY_SECURITY_OFFICER, () -> levels.register(new SystemForm(
				"Hệ thống quản lý hồ sơ " + System.nanoTime(), unit, null, SystemKind.INTERNAL_ADMINISTRATION, true, true,
				true, false, false, null, false, false, 150, 0, null, null, false)));
		Inspection planned = as(Demo.MINISTRY_SECURITY_OFFICER, () -> inspections.plan(new InspectionForm(
				InspectionKind.PERIODIC, "Kiểm tra định kỳ năm 2026", inspections.today(), List.of(s.id()))));
		assertThat(planned.systemIds()).containsExactly(s.id());
		assertThatThrownBy(() -> as(Demo.MINISTRY_SECURITY_OFFICER, () -> inspections.plan(new InspectionForm(
				InspectionKind.AD_HOC, "Kiểm tra đột xuất", inspections.today(), List.of(-1L)))))
			.isInstanceOf(InvalidInputException.class);

		Inspection found = as(Demo.MINISTRY_SECURITY_OFFICER, () -> inspections.addFinding(planned.id(),
				new FindingForm(s.id(), "Mật khẩu quản trị mặc định chưa đổi.", Severity.HIGH)));
		long findingId = found.findings().get(0).id();
		Inspection tasked = as(Demo.MINISTRY_SECURITY_OFFICER, () -> inspections.addRemediation(findingId,
				new RemediationForm("Đổi mật khẩu quản trị", "Phòng Cơ sở dữ liệu", inspections.today().minusDays(1))));
		long taskId = tasked.findings().get(0).remediations().get(0).id();
		assertThat(tasked.openRemediations()).isEqualTo(1);
		assertThat(as(Demo.MINISTRY_LEADER, () -> inspections.overdueRemediations()))
			.extracting(o -> o.remediation().id())
			.contains(taskId);
		assertThat(as(Demo.DANANG_STAFF, () -> SecurityLevels.canRead())).isFalse();

		Inspection closed = as(Demo.MINISTRY_SECURITY_OFFICER,
				() -> inspections.closeRemediation(taskId, "Đã đổi, kiểm tra lại đạt."));
		assertThat(closed.openRemediations()).isZero();
		assertThat(as(Demo.MINISTRY_LEADER, () -> inspections.overdueRemediations()))
			.extracting(o -> o.remediation().id())
			.doesNotContain(taskId);
		assertThat(as(Demo.MINISTRY_SECURITY_OFFICER, () -> inspections.complete(planned.id())).doneOn())
			.isEqualTo(inspections.today());
	}
}
