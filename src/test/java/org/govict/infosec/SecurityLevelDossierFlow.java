package org.govict.infosec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.govict.inventory.AssetKind;
import org.govict.inventory.Inventory;
import org.govict.platform.web.InvalidInputException;
import org.govict.platform.web.RuleViolationException;
import org.govict.reference.WorkingCalendar;
import org.govict.support.Demo;
import org.govict.support.IntegrationTest;
import org.govict.support.SampleFiles;
import org.govict.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A security officer registers a system, proposes its level and records the appraisal; a leader approves it; the
 * checklist then shows the measures of that level; a fact that changes afterwards flags the system to be
 * re-classified. An incident is handled to its closure and its report printed.
 */
@IntegrationTest
class SecurityLevelDossierFlow {

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	SecurityLevels levels;

	@Autowired
	Incidents incidents;

	@Autowired
	IncidentReport report;

	@Autowired
	Vulnerabilities vulnerabilities;

	@Autowired
	Inventory inventory;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	<T> T as(String username, Supplier<T> work) {
		return SignedIn.as(users, username, work);
	}

	long unit(String code) {
		return jdbc.sql("SELECT id FROM organisation_units WHERE code = ?").param(code).query(Long.class).single();
	}

	/** An online service processing the basic personal data of the given number of data subjects. */
	SystemForm portal(String name, int subjects) {
		return new SystemForm(name, unit("BNV-TTTT-CSDL"), null, SystemKind.PUBLIC_SERVICE, true, true, true, false,
				false, null, false, false, subjects, 0, null, null, false);
	}

	static SystemForm withSubjects(SystemForm f, String name, int subjects) {
		return new SystemForm(name, f.ownerUnitId(), f.assetId(), f.kind(), f.publicInfo(), f.privateInfo(),
				f.personalInfo(), f.stateSecret(), f.defenceSecurity(), f.securityHarm(), f.administrativeProcedures(),
				f.conditionalBusiness(), subjects, f.sensitiveDataSubjects(), f.reach(), f.worksGrade(),
				f.nationalData());
	}

	long audits(String action, long id) {
		return jdbc.sql("SELECT count(*) FROM audit_entries WHERE module = 'infosec' AND action = ? AND record_id = ?")
			.params(action, String.valueOf(id))
			.query(Long.class)
			.single();
	}

	@Test
	void aLevelIsProposedAppraisedAndApprovedAndItsMeasuresFollow() {
		String name = "Cổng dịch vụ công " + System.nanoTime();
		InformationSystem registered = as(Demo.MINISTRY_SECURITY_OFFICER, () -> levels.register(portal(name, 2_000)));
		assertThat(registered.suggestedLevel()).isEqualTo(2);
		assertThat(registered.status()).isEqualTo(DossierStatus.REGISTERED);
		assertThat(as(Demo.MINISTRY_SECURITY_OFFICER, () -> inventory.get(registered.assetId())).kind())
			.isEqualTo(AssetKind.INFORMATION_SYSTEM);
		long id = registered.id();
		LocalDate today = levels.today();

		assertThatThrownBy(() -> as(Demo.MINISTRY_SECURITY_OFFICER,
				() -> levels.propose(id, new ProposalForm(1, today, "Cục An toàn thông tin"))))
			.isInstanceOf(InvalidInputException.class);
		InformationSystem proposed = as(Demo.MINISTRY_SECURITY_OFFICER,
				() -> levels.propose(id, new ProposalForm(3, today, "Cục An toàn thông tin")));
		assertThat(proposed.status()).isEqualTo(DossierStatus.PROPOSED);
		assertThat(proposed.legalBasis()).isEqualTo(LegalBasis.DECREE_331_2026);
		assertThat(proposed.appraisalDue()).isEqualTo(calendar.addWorkingDays(today, 15));

		assertThatThrownBy(() -> as(Demo.MINISTRY_SECURITY_OFFICER,
				() -> levels.approve(id, new ApprovalForm("12/QĐ-TTTT", today, "Giám đốc Trung tâm"))))
			.isInstanceOf(AccessDeniedException.class);
		as(Demo.MINISTRY_SECURITY_OFFICER, () -> levels.appraise(id, new AppraisalForm(today, "Đồng ý cấp độ 3.")));
		InformationSystem approved = as(Demo.MINISTRY_LEADER,
				() -> levels.approve(id, new ApprovalForm("12/QĐ-TTTT", today, "Giám đốc Trung tâm")));
		assertThat(approved.status()).isEqualTo(DossierStatus.APPROVED);
		assertThat(approved.approvedLevel()).isEqualTo(3);
		assertThat(audits("PROPOSE", id) + audits("APPRAISE", id) + audits("APPROVE", id)).isEqualTo(3);

		List<RequiredMeasure> checklist = as(Demo.MINISTRY_LEADER, () -> levels.checklist(id));
		// Periodic inspection and IDS/IPS from level 3; multi-factor authentication of administrators from level 4.
		assertThat(checklist).extracting(r -> r.measure().code())
			.contains("QL.5.13", "KT.1.10")
			.doesNotContain("KT.2.12", "KT-06");
		assertThat(checklist).allMatch(r -> r.status() == MeasureStatus.NOT_STARTED);

		// The code of the first catalogue, KT-01 (firewall), is still understood: it is now KT.1.02.
		byte[] pdf = SampleFiles.pdf();
		as(Demo.MINISTRY_SECURITY_OFFICER, () -> {
			levels.setMeasure(id, "KT-01", MeasureStatus.MET, null);
			return levels.attachEvidence(id, "KT-01", "tuong-lua.pdf", pdf);
		});
		assertThatThrownBy(() -> as(Demo.MINISTRY_SECURITY_OFFICER,
				() -> levels.attachEvidence(id, "KT-01", "virus.pdf", "MZ not a pdf".getBytes())))
			.isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> as(Demo.MINISTRY_SECURITY_OFFICER, () -> {
			levels.setMeasure(id, "KT-02", MeasureStatus.NOT_APPLICABLE, " ");
			return null;
		})).isInstanceOf(RuleViolationException.class);
		RequiredMeasure firewall = as(Demo.MINISTRY_SECURITY_OFFICER, () -> levels.checklist(id)).stream()
			.filter(r -> r.measure().code().equals("KT.1.02"))
			.findFirst()
			.orElseThrow();
		assertThat(firewall.status()).isEqualTo(MeasureStatus.MET);
		assertThat(firewall.evidence()).singleElement().satisfies(e -> {
			assertThat(e.fileName()).isEqualTo("tuong-lua.pdf");
			assertThat(e.contentType()).isEqualTo("application/pdf");
		});
		assertThat(as(Demo.DANANG_STAFF, () -> SecurityLevels.canRead())).isFalse();
	}

	@Test
	void aFactChangingAfterApprovalFlagsTheSystemToBeReclassified() {
		InformationSystem s = as(Demo.MINISTRY_SECURITY_OFFICER,
				() -> levels.register(portal("Hệ thống một cửa " + System.nanoTime(), 500)));
		LocalDate today = levels.today();
		as(Demo.MINISTRY_SECURITY_OFFICER, () -> levels.propose(s.id(), new ProposalForm(2, today, "Sở TTTT")));
		as(Demo.MINISTRY_SECURITY_OFFICER, () -> levels.appraise(s.id(), new AppraisalForm(today, "Đồng ý.")));
		InformationSystem approved = as(Demo.MINISTRY_LEADER,
				() -> levels.approve(s.id(), new ApprovalForm("7/QĐ", today, "Giám đốc")));
		assertThat(approved.toReclassify()).isFalse();

		SystemForm same = SystemForm.of(approved);
		InformationSystem renamed = as(Demo.MINISTRY_SECURITY_OFFICER, () -> levels.changeFacts(s.id(),
				withSubjects(same, same.name() + " (mới)", same.basicDataSubjects()),
				approved.version()));
		assertThat(renamed.toReclassify()).as("a new name decides nothing").isFalse();

		InformationSystem grown = as(Demo.MINISTRY_SECURITY_OFFICER, () -> levels.changeFacts(s.id(),
				withSubjects(same, renamed.name(), 120_000),
				renamed.version()));
		assertThat(grown.toReclassify()).isTrue();
		assertThat(grown.suggestedLevel()).isEqualTo(3);
		assertThat(grown.approvedLevel()).isEqualTo(2);

		InformationSystem again = as(Demo.MINISTRY_SECURITY_OFFICER,
				() -> levels.propose(s.id(), new ProposalForm(3, today, "Sở TTTT")));
		assertThat(again.status()).isEqualTo(DossierStatus.PROPOSED);
		as(Demo.MINISTRY_SECURITY_OFFICER, () -> levels.appraise(s.id(), new AppraisalForm(today, "Đồng ý.")));
		InformationSystem reapproved = as(Demo.MINISTRY_LEADER,
				() -> levels.approve(s.id(), new ApprovalForm("9/QĐ", today, "Giám đốc")));
		assertThat(reapproved.toReclassify()).isFalse();
		assertThat(reapproved.approvedLevel()).isEqualTo(3);
	}

	@Test
	void aDossierMadeUnderDecree85KeepsItsBasisAndLevelAndShowsWhereTheNewCriteriaAreHigher() {
		InformationSystem s = as(Demo.MINISTRY_SECURITY_OFFICER,
				() -> levels.register(portal("Cổng tra cứu hồ sơ " + System.nanoTime(), 150_000)));
		// As V29 leaves a dossier approved under Decree 85 at level 2 (10,000 users or fewer then).
		jdbc.sql("""
				UPDATE infosec_systems SET status = 'APPROVED', proposed_level = 2, approved_level = 2,
				    legal_basis = 'DECREE_85_2016', decision_number = '3/QĐ', decision_date = DATE '2025-03-01'
				WHERE id = ?""").param(s.id()).update();
		InformationSystem kept = as(Demo.MINISTRY_LEADER, () -> levels.get(s.id()));
		assertThat(kept.legalBasis()).isEqualTo(LegalBasis.DECREE_85_2016);
		assertThat(kept.underDecree85()).isTrue();
		assertThat(kept.requiredLevel()).as("the approved level is kept, Law 116 art. 45.1").isEqualTo(2);
		assertThat(kept.suggestedLevel()).as("NĐ 331 Đ13.2.c").isEqualTo(3);
		assertThat(kept.belowCurrentCriteria()).isTrue();

		InformationSystem again = as(Demo.MINISTRY_SECURITY_OFFICER,
				() -> levels.propose(s.id(), new ProposalForm(4, levels.today(), "Cục An ninh mạng")));
		assertThat(again.legalBasis()).isEqualTo(LegalBasis.DECREE_331_2026);
		assertThat(again.underDecree85()).isFalse();
		// Decree 331 art. 23.3: 25 working days to appraise a level 4 or 5 dossier, 15 up to level 3.
		assertThat(again.appraisalDue()).isEqualTo(calendar.addWorkingDays(levels.today(), 25));
	}

	@Test
	void anIncidentIsHandledToClosureAndItsReportPrinted() throws Exception {
		InformationSystem s = as(Demo.MINISTRY_SECURITY_OFFICER,
				() -> levels.register(portal("Hệ thống thư điện tử " + System.nanoTime(), 800)));
		Incident incident = as(Demo.MINISTRY_SECURITY_OFFICER, () -> incidents.report(new IncidentForm(s.id(), null,
				"Tấn công dò mật khẩu", "Hàng nghìn lần đăng nhập sai từ một địa chỉ.", Severity.HIGH,
				LocalDateTime.now(Incidents.ZONE).minusHours(2))));
		assertThat(incident.stage()).isEqualTo(IncidentStage.DETECTED);
		assertThat(incident.legalBasis()).isEqualTo(LegalBasis.DECREE_331_2026);
		assertThat(incident.noticeDue()).isEqualTo(incident.detectedAt().plus(java.time.Duration.ofHours(24)));
		assertThat(incident.reportDue()).isEqualTo(incident.detectedAt().plus(java.time.Duration.ofHours(72)));
		assertThat(incident.deadline(incidents.now(), incidents.settings())).isEqualTo(ReportDeadline.ON_TIME);

		assertThatThrownBy(() -> as(Demo.MINISTRY_SECURITY_OFFICER,
				() -> incidents.advance(incident.id(), new StageForm(IncidentStage.CLOSED, null, "x"))))
			.isInstanceOf(RuleViolationException.class);
		for (IncidentStage stage : List.of(IncidentStage.ANALYSED, IncidentStage.CONTAINED, IncidentStage.ERADICATED,
				IncidentStage.RECOVERED)) {
			as(Demo.MINISTRY_SECURITY_OFFICER,
					() -> incidents.advance(incident.id(), new StageForm(stage, "Bước " + stage, null)));
		}
		assertThatThrownBy(() -> as(Demo.MINISTRY_SECURITY_OFFICER,
				() -> incidents.advance(incident.id(), new StageForm(IncidentStage.CLOSED, null, " "))))
			.isInstanceOf(InvalidInputException.class);
		as(Demo.MINISTRY_SECURITY_OFFICER, () -> incidents.markNoticed(incident.id()));
		assertThatThrownBy(() -> as(Demo.MINISTRY_SECURITY_OFFICER, () -> incidents.markNoticed(incident.id())))
			.isInstanceOf(RuleViolationException.class);
		as(Demo.MINISTRY_SECURITY_OFFICER, () -> incidents.markReported(incident.id()));
		Incident closed = as(Demo.MINISTRY_SECURITY_OFFICER, () -> incidents.advance(incident.id(),
				new StageForm(IncidentStage.CLOSED, null, "Bật xác thực hai yếu tố cho cổng thư.")));
		assertThat(closed.stage()).isEqualTo(IncidentStage.CLOSED);
		assertThat(closed.deadline(incidents.now(), incidents.settings())).isEqualTo(ReportDeadline.REPORTED);
		assertThat(as(Demo.MINISTRY_LEADER, () -> incidents.steps(incident.id()))).hasSize(6);

		byte[] pdf = as(Demo.MINISTRY_LEADER, () -> report.pdf(incident.id()));
		try (var document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("BÁO CÁO SỰ CỐ AN NINH MẠNG", "Tấn công dò mật khẩu", "Đã khôi phục",
					"Bật xác thực hai yếu tố", s.name(), "Lực lượng chuyên trách bảo vệ an ninh mạng, Bộ Công an");
		}
		assertThat(as(Demo.DANANG_STAFF, () -> {
			try {
				incidents.get(incident.id());
				return "seen";
			}
			catch (AccessDeniedException denied) {
				return "denied";
			}
		})).isEqualTo("denied");
	}

	@Test
	void aVulnerabilityIsDueByItsSeverityAndFixed() {
		InformationSystem s = as(Demo.MINISTRY_SECURITY_OFFICER,
				() -> levels.register(portal("Hệ thống quản lý văn bản " + System.nanoTime(), 300)));
		LocalDate today = vulnerabilities.today();
		Vulnerability v = as(Demo.MINISTRY_SECURITY_OFFICER, () -> vulnerabilities.record(new VulnerabilityForm(
				s.assetId(), "Apache Tomcat 9.0.30", "CVE-2020-1938", "Ghostcat", new java.math.BigDecimal("9.8"), null,
				today, null)));
		assertThat(v.severity()).isEqualTo(Severity.CRITICAL);
		assertThat(v.dueOn()).isEqualTo(today.plusDays(7));
		Vulnerability fixed = as(Demo.MINISTRY_SECURITY_OFFICER,
				() -> vulnerabilities.close(v.id(), VulnerabilityStatus.FIXED));
		assertThat(fixed.status()).isEqualTo(VulnerabilityStatus.FIXED);
		assertThat(fixed.fixedOn()).isEqualTo(today);
	}
}
