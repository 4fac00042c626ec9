package org.govict.infosec.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.govict.identity.internal.AccountDetailsService;
import org.govict.support.Demo;
import org.govict.support.IntegrationTest;
import org.govict.support.SampleFiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who may do what in information security: security officers keep the register, leaders read it and approve levels,
 * other staff see none of it; forms show errors by their fields and the API answers with problem details.
 */
@IntegrationTest
@AutoConfigureMockMvc
class InfosecPagesAndApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountDetailsService accounts;

	@Autowired
	JdbcClient jdbc;

	UserDetails as(String username) {
		return accounts.loadUserByUsername(username);
	}

	long unit(String code) {
		return jdbc.sql("SELECT id FROM organisation_units WHERE code = ?").param(code).query(Long.class).single();
	}

	@Test
	void staffWithoutASecurityRoleSeeNothing() throws Exception {
		mvc.perform(get("/infosec/systems").with(user(as(Demo.MINISTRY_STAFF)))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/infosec/incidents").with(user(as(Demo.MINISTRY_STAFF))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/infosec/systems/new").with(user(as(Demo.MINISTRY_LEADER)))).andExpect(status().isForbidden());
		mvc.perform(get("/infosec/measures/new").with(user(as(Demo.MINISTRY_SECURITY_OFFICER))))
			.andExpect(status().isForbidden());
	}

	@Test
	void theMenuAndListsShowForOfficersAndLeadersInBothLanguages() throws Exception {
		mvc.perform(get("/infosec/systems").with(user(as(Demo.MINISTRY_SECURITY_OFFICER))).locale(java.util.Locale.forLanguageTag("vi")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("An toàn thông tin")))
			.andExpect(content().string(containsString("Thêm hệ thống")));
		mvc.perform(get("/infosec/incidents").with(user(as(Demo.MINISTRY_LEADER))).locale(java.util.Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Information security incidents")))
			.andExpect(content().string(not(containsString("Record an incident"))));
		mvc.perform(get("/infosec/measures").with(user(as(Demo.ADMIN))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("KT.1.10")))
			.andExpect(content().string(containsString("Bảo đảm an toàn mạng")))
			.andExpect(content().string(not(containsString("KT-06"))));
	}

	@Test
	void aSystemFormWithErrorsShowsThemByTheirFields() throws Exception {
		mvc.perform(post("/infosec/systems/new").with(csrf())
			.with(user(as(Demo.MINISTRY_SECURITY_OFFICER)))
			.locale(java.util.Locale.forLanguageTag("vi"))
			.param("name", "Hệ thống điều khiển trạm bơm")
			.param("ownerUnitId", String.valueOf(unit("BNV-TTTT-CSDL")))
			.param("kind", "INDUSTRIAL_CONTROL")
			.param("basicDataSubjects", "10")
			.param("sensitiveDataSubjects", "0")
			.param("reach", "ONE_ORGANISATION")
			.param("securityHarm", "NONE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"worksGrade-error\"")))
			.andExpect(content().string(containsString("Chọn cấp công trình mà hệ thống điều khiển.")));
		mvc.perform(post("/infosec/systems/new").with(csrf())
			.with(user(as(Demo.MINISTRY_SECURITY_OFFICER)))
			.locale(java.util.Locale.forLanguageTag("en"))
			.param("name", "Hệ thống văn bản mật")
			.param("ownerUnitId", String.valueOf(unit("BNV-TTTT-CSDL")))
			.param("kind", "INTERNAL_ADMINISTRATION")
			.param("stateSecret", "on")
			.param("securityHarm", "NONE")
			.param("reach", "ONE_ORGANISATION"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"securityHarm-error\"")))
			.andExpect(content().string(containsString("Choose the harm to national security")));
		String created = mvc.perform(post("/infosec/systems/new").with(csrf())
			.with(user(as(Demo.MINISTRY_SECURITY_OFFICER)))
			.param("name", "Hệ thống điều khiển trạm bơm " + System.nanoTime())
			.param("ownerUnitId", String.valueOf(unit("BNV-TTTT-CSDL")))
			.param("kind", "INDUSTRIAL_CONTROL")
			.param("worksGrade", "GRADE_I")
			.param("basicDataSubjects", "10")
			.param("sensitiveDataSubjects", "0")
			.param("reach", "ONE_ORGANISATION")
			.param("securityHarm", "NONE"))
			.andExpect(redirectedUrlPattern("/infosec/systems/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		mvc.perform(get(created).with(user(as(Demo.MINISTRY_LEADER))).locale(java.util.Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Decree 331 art. 14.3")))
			.andExpect(content().string(containsString("Industrial control of grade I construction works: level 4.")));
	}

	@Test
	void theApiSuggestsLevelsAndRefusesWithProblemDetails() throws Exception {
		mvc.perform(post("/api/v1/infosec/levels/suggestion").with(csrf())
			.with(user(as(Demo.MINISTRY_LEADER)))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"kind":"INFRASTRUCTURE","publicInfo":true,"reach":"NATIONAL","worksGrade":null}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.level").value(4))
			.andExpect(jsonPath("$.reasons[0].article").value("14.2"));
		mvc.perform(post("/api/v1/infosec/levels/suggestion").with(csrf())
			.with(user(as(Demo.MINISTRY_LEADER)))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"kind":"PUBLIC_SERVICE","personalInfo":true,"basicDataSubjects":5000,
					 "sensitiveDataSubjects":10000}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.level").value(3))
			.andExpect(jsonPath("$.reasons[0].article").value("13.2.c"));
		mvc.perform(post("/api/v1/infosec/incidents").with(csrf())
			.with(user(as(Demo.MINISTRY_SECURITY_OFFICER)))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"Mã độc\",\"severity\":\"HIGH\",\"detectedAt\":\"2026-01-05T08:00:00\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(post("/api/v1/infosec/systems/1/approval").with(csrf())
			.with(user(as(Demo.MINISTRY_SECURITY_OFFICER)))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"decisionNumber\":\"1/QĐ\",\"decisionDate\":\"2026-01-05\",\"approvingAuthority\":\"Bộ trưởng\"}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void anInspectionIsPlannedAndItsFindingsAndTasksShown() throws Exception {
		String name = "Hệ thống kiểm tra " + System.nanoTime();
		String systemPage = mvc.perform(post("/infosec/systems/new").with(csrf())
			.with(user(as(Demo.MINISTRY_SECURITY_OFFICER)))
			.param("name", name)
			.param("ownerUnitId", String.valueOf(unit("BNV-TTTT-CSDL")))
			.param("kind", "INTERNAL_ADMINISTRATION")
			.param("basicDataSubjects", "40")
			.param("reach", "ONE_ORGANISATION")
			.param("personalInfo", "on"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String systemId = systemPage.substring(systemPage.lastIndexOf('/') + 1);
		mvc.perform(get("/infosec/inspections/new").with(user(as(Demo.MINISTRY_SECURITY_OFFICER))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)));
		String inspectionPage = mvc.perform(post("/infosec/inspections/new").with(csrf())
			.with(user(as(Demo.MINISTRY_SECURITY_OFFICER)))
			.param("kind", "AD_HOC")
			.param("title", "Kiểm tra đột xuất sau sự cố")
			.param("plannedOn", java.time.LocalDate.now().toString())
			.param("systemIds", systemId))
			.andExpect(redirectedUrlPattern("/infosec/inspections/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		mvc.perform(post(inspectionPage + "/findings").with(csrf())
			.with(user(as(Demo.MINISTRY_SECURITY_OFFICER)))
			.locale(java.util.Locale.forLanguageTag("vi"))
			.param("severity", "HIGH")
			.param("description", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"description-error\"")));
		mvc.perform(post(inspectionPage + "/findings").with(csrf())
			.with(user(as(Demo.MINISTRY_SECURITY_OFFICER)))
			.param("systemId", systemId)
			.param("severity", "HIGH")
			.param("description", "Cổng quản trị mở ra Internet."))
			.andExpect(redirectedUrlPattern("/infosec/inspections/*"));
		mvc.perform(get(inspectionPage).with(user(as(Demo.MINISTRY_LEADER))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Cổng quản trị mở ra Internet.")))
			.andExpect(content().string(not(containsString("Giao nhiệm vụ khắc phục"))));
		mvc.perform(get("/infosec/inspections").with(user(as(Demo.MINISTRY_LEADER))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kiểm tra đột xuất sau sự cố")));
		mvc.perform(get("/api/v1/infosec/inspections").with(user(as(Demo.MINISTRY_LEADER))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Cổng quản trị mở ra Internet.")));
		mvc.perform(get("/api/v1/infosec/inspections/overdue-remediations").with(user(as(Demo.DANANG_STAFF))))
			.andExpect(status().isForbidden());
	}

	@Test
	void listsNameTheSystemOrAssetOfEachIncidentAndVulnerability() throws Exception {
		String name = "Hệ thống thư " + System.nanoTime();
		String body = mvc.perform(post("/api/v1/infosec/systems").with(csrf())
			.with(user(as(Demo.MINISTRY_SECURITY_OFFICER)))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name":"%s","ownerUnitId":%d,"kind":"INTERNAL_ADMINISTRATION","publicInfo":true,
					 "personalInfo":true,"basicDataSubjects":300,"reach":"ONE_ORGANISATION"}"""
				.formatted(name, unit("BNV-TTTT-CSDL"))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.suggestedLevel").value(2))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = Long.parseLong(body.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
		long assetId = Long.parseLong(body.replaceAll("(?s).*?\"assetId\":(\\d+).*", "$1"));
		String incident = mvc.perform(post("/api/v1/infosec/incidents").with(csrf())
			.with(user(as(Demo.MINISTRY_SECURITY_OFFICER)))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"systemId":%d,"title":"Lộ mật khẩu hộp thư","severity":"HIGH","detectedAt":"%s"}"""
				.formatted(id, java.time.LocalDateTime.now(org.govict.infosec.Incidents.ZONE).minusHours(1).withNano(0))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.legalBasis").value("DECREE_331_2026"))
			.andExpect(jsonPath("$.noticeDue").isNotEmpty())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long incidentId = Long.parseLong(incident.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
		mvc.perform(get("/api/v1/infosec/incidents/" + incidentId).with(user(as(Demo.MINISTRY_LEADER))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.noticeDeadline").value("ON_TIME"));
		mvc.perform(post("/api/v1/infosec/incidents/" + incidentId + "/noticed").with(csrf())
			.with(user(as(Demo.MINISTRY_SECURITY_OFFICER))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.noticedAt").isNotEmpty());
		mvc.perform(post("/api/v1/infosec/vulnerabilities").with(csrf())
			.with(user(as(Demo.MINISTRY_SECURITY_OFFICER)))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"assetId":%d,"softwareVersion":"Postfix 3.4","cveId":"CVE-2023-51764","title":"SMTP smuggling",
					 "cvss":5.3,"foundOn":"%s"}""".formatted(assetId, java.time.LocalDate.now())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.severity").value("MEDIUM"));
		mvc.perform(get("/infosec/incidents").with(user(as(Demo.MINISTRY_LEADER))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Lộ mật khẩu hộp thư")))
			.andExpect(content().string(containsString(name)));
		mvc.perform(get("/infosec/vulnerabilities").with(user(as(Demo.MINISTRY_LEADER))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("SMTP smuggling")))
			.andExpect(content().string(containsString(name)));
	}

	long registerThroughTheApi(String name) throws Exception {
		String body = mvc.perform(post("/api/v1/infosec/systems").with(csrf())
			.with(user(as(Demo.MINISTRY_SECURITY_OFFICER)))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name":"%s","ownerUnitId":%d,"kind":"INTERNAL_ADMINISTRATION","publicInfo":true,
					 "personalInfo":true,"basicDataSubjects":120,"reach":"ONE_ORGANISATION"}"""
				.formatted(name, unit("BNV-TTTT-CSDL"))))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Long.parseLong(body.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
	}

	/**
	 * Declares the length of a multipart body, as a client does: the platform refuses a multipart body of undeclared
	 * length before reading it.
	 */
	static org.springframework.test.web.servlet.request.RequestPostProcessor declared(int fileLength) {
		return request -> {
			request.setContent(new byte[fileLength + 512]);
			return request;
		};
	}

	@Test
	void evidenceIsUploadedThroughTheApiWithTheChecksOfThePage() throws Exception {
		long id = registerThroughTheApi("Hệ thống văn bản " + System.nanoTime());
		String evidence = "/api/v1/infosec/systems/" + id + "/measures/{code}/evidence";
		byte[] pdf = SampleFiles.pdf();
		mvc.perform(multipart(evidence, "QL.1.01").file(new MockMultipartFile("file", "quy-che.pdf", "application/pdf", pdf))
			.with(declared(pdf.length))
			.with(csrf())
			.with(user(as(Demo.MINISTRY_SECURITY_OFFICER))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.measure.code").value("QL.1.01"))
			.andExpect(jsonPath("$.evidence[0].fileName").value("quy-che.pdf"))
			.andExpect(jsonPath("$.evidence[0].contentType").value("application/pdf"));
		// The code of the first catalogue is understood as the measure that replaced it.
		mvc.perform(multipart(evidence, "QL-01").file(new MockMultipartFile("file", "ban-hanh.pdf", "application/pdf", pdf))
			.with(declared(pdf.length))
			.with(csrf())
			.with(user(as(Demo.MINISTRY_SECURITY_OFFICER))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.measure.code").value("QL.1.01"))
			.andExpect(jsonPath("$.evidence.length()").value(2));
		// A program named like a PDF is judged by its content and refused, in the caller's language.
		mvc.perform(multipart(evidence, "QL.1.01")
			.file(new MockMultipartFile("file", "quy-che.pdf", "application/pdf", "MZ\u0090\u0000".getBytes()))
			.with(declared(16))
			.with(csrf())
			.with(user(as(Demo.MINISTRY_SECURITY_OFFICER)))
			.locale(java.util.Locale.ENGLISH))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		byte[] large = new byte[(int) org.govict.infosec.SecurityLevels.MAX_EVIDENCE + 1];
		System.arraycopy(pdf, 0, large, 0, pdf.length);
		mvc.perform(multipart(evidence, "QL.1.01").file(new MockMultipartFile("file", "lon.pdf", "application/pdf", large))
			.with(declared(large.length))
			.with(csrf())
			.with(user(as(Demo.MINISTRY_SECURITY_OFFICER))))
			.andExpect(status().isConflict());
		// IDS/IPS is required from level 3, not of this level 2 system.
		mvc.perform(multipart(evidence, "KT.1.10").file(new MockMultipartFile("file", "ids.pdf", "application/pdf", pdf))
			.with(declared(pdf.length))
			.with(csrf())
			.with(user(as(Demo.MINISTRY_SECURITY_OFFICER))))
			.andExpect(status().isConflict());
		mvc.perform(multipart(evidence, "QL.1.01").file(new MockMultipartFile("file", "x.pdf", "application/pdf", pdf))
			.with(declared(pdf.length))
			.with(csrf())
			.with(user(as(Demo.MINISTRY_LEADER))))
			.andExpect(status().isForbidden());

		mvc.perform(put("/api/v1/infosec/systems/" + id + "/measures/QL.1.01").with(csrf())
			.with(user(as(Demo.MINISTRY_SECURITY_OFFICER)))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\":\"MET\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("MET"));
		mvc.perform(get("/api/v1/infosec/systems/" + id + "/checklist").with(user(as(Demo.MINISTRY_LEADER))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].group").value("POLICY"))
			.andExpect(jsonPath("$[0].met").value(1))
			.andExpect(jsonPath("$[?(@.group == 'NETWORK')].measures[*].measure.code", org.hamcrest.Matchers.not(
					org.hamcrest.Matchers.hasItem("KT.1.10"))));
		// The system's page shows the checklist by group, in English as in Vietnamese.
		mvc.perform(get("/infosec/systems/" + id).with(user(as(Demo.MINISTRY_LEADER))).locale(java.util.Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Management requirements")))
			.andExpect(content().string(containsString("Security policy")))
			.andExpect(content().string(containsString("Data security")))
			.andExpect(content().string(containsString("id=\"group-met-POLICY\">1/")));
		mvc.perform(get("/infosec/systems/" + id).with(user(as(Demo.MINISTRY_LEADER)))
			.locale(java.util.Locale.forLanguageTag("vi")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Yêu cầu kỹ thuật")))
			.andExpect(content().string(containsString("Bảo đảm an toàn máy chủ")));
		long uploads = jdbc.sql("""
				SELECT count(*) FROM audit_entries WHERE module = 'infosec' AND action = 'EVIDENCE'
				AND record_id = ?""").param(String.valueOf(id)).query(Long.class).single();
		assertThat(uploads).isEqualTo(2);
	}

	@Test
	void inspectionsFindingsAndTasksAreWrittenThroughTheApi() throws Exception {
		long id = registerThroughTheApi("Hệ thống một cửa điện tử " + System.nanoTime());
		String plan = """
				{"kind":"PERIODIC","title":"Kiểm tra định kỳ qua API","plannedOn":"%s","systemIds":[%d]}"""
			.formatted(java.time.LocalDate.now(), id);
		mvc.perform(post("/api/v1/infosec/inspections").with(csrf())
			.with(user(as(Demo.MINISTRY_LEADER)))
			.contentType(MediaType.APPLICATION_JSON)
			.content(plan))
			.andExpect(status().isForbidden());
		String planned = mvc.perform(post("/api/v1/infosec/inspections").with(csrf())
			.with(user(as(Demo.MINISTRY_SECURITY_OFFICER)))
			.contentType(MediaType.APPLICATION_JSON)
			.content(plan))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.systemIds[0]").value(id))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long inspection = Long.parseLong(planned.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
		String findings = "/api/v1/infosec/inspections/" + inspection + "/findings";
		mvc.perform(post(findings).with(csrf())
			.with(user(as(Demo.MINISTRY_SECURITY_OFFICER)))
			.locale(java.util.Locale.forLanguageTag("vi"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"systemId\":%d,\"description\":\"\",\"severity\":\"HIGH\"}".formatted(id)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		String found = mvc.perform(post(findings).with(csrf())
			.with(user(as(Demo.MINISTRY_SECURITY_OFFICER)))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"systemId\":%d,\"description\":\"Tài khoản quản trị dùng chung.\",\"severity\":\"HIGH\"}"
				.formatted(id)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.findings[0].description").value("Tài khoản quản trị dùng chung."))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long finding = Long.parseLong(found.replaceAll("(?s).*?\"findings\":\\[\\{\"id\":(\\d+).*", "$1"));
		String tasked = mvc.perform(post("/api/v1/infosec/inspections/findings/" + finding + "/remediations").with(csrf())
			.with(user(as(Demo.MINISTRY_SECURITY_OFFICER)))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"task":"Cấp tài khoản quản trị riêng","owner":"Phòng Hạ tầng","dueOn":"%s"}"""
				.formatted(java.time.LocalDate.now().plusDays(10))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.findings[0].remediations[0].owner").value("Phòng Hạ tầng"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long task = Long.parseLong(tasked.replaceAll("(?s).*?\"remediations\":\\[\\{\"id\":(\\d+).*", "$1"));
		mvc.perform(post("/api/v1/infosec/inspections/remediations/" + task + "/close").with(csrf())
			.with(user(as(Demo.MINISTRY_SECURITY_OFFICER)))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"outcome\":\"Đã cấp tài khoản riêng.\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.findings[0].remediations[0].outcome").value("Đã cấp tài khoản riêng."));
		mvc.perform(post("/api/v1/infosec/inspections/" + inspection + "/complete").with(csrf())
			.with(user(as(Demo.MINISTRY_SECURITY_OFFICER))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.doneOn").value(java.time.LocalDate.now().toString()));
		mvc.perform(get("/api/v1/infosec/inspections/" + inspection).with(user(as(Demo.MINISTRY_LEADER))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.findings[0].remediations[0].closedOn").isNotEmpty());
	}
}
