package org.govict.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govict.identity.internal.AccountDetailsService;
import org.govict.platform.security.SystemAccess;
import org.govict.platform.web.NotFoundException;
import org.govict.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/** Records against the real database: history with two dates, scope, sensitive groups, search. */
@IntegrationTest
class PersonnelRecordsTests {

	@Autowired
	PersonnelRegistry registry;

	@Autowired
	AccountDetailsService accounts;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	void signIn(String username) {
		UserDetails user = accounts.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	long unit(String code) {
		return jdbc.sql("SELECT id FROM organisation_units WHERE code = ?").param(code).query(Long.class).single();
	}

	Map<String, Object> person(String id, String name, String unitCode) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("full_name", name);
		fields.put("id_number", id);
		fields.put("sex", "F");
		fields.put("birth_date", "14/03/1990");
		fields.put("unit_id", String.valueOf(unit(unitCode)));
		fields.put("rank_code", "01.003");
		fields.put("salary_step", "2");
		fields.put("salary_since", "01/06/2021");
		fields.put("health_status", "Tốt");
		return fields;
	}

	@Test
	void aSalaryChangeIsAnEventAndThePastStaysReadable() {
		signIn("tochuc.danang");
		PersonnelRecord record = registry.register(person("048190000101", "Trương Thị Ánh Tuyết", "DNG-SKHCN-CNTT"),
				ChangeDetails.of(ChangeKind.REGISTERED, LocalDate.of(2021, 6, 1)));
		assertThat(record.state().text("salary_grade")).isEqualTo("A1");
		assertThat(record.state().decimal("coefficient")).isEqualByComparingTo("2.67");

		Instant beforeCorrection = Instant.now();
		registry.change(record.id(), record.version(), Map.of("salary_step", "3", "salary_since", "01/06/2024"),
				new ChangeDetails(ChangeKind.SALARY_CHANGED, LocalDate.of(2024, 6, 1), "15/QĐ-SNV", null, null));

		assertThat(registry.get(record.id()).state().decimal("coefficient")).isEqualByComparingTo("3.00");
		assertThat(registry.asOf(record.id(), LocalDate.of(2023, 1, 1), null).orElseThrow().decimal("coefficient"))
			.isEqualByComparingTo(new BigDecimal("2.67"));
		assertThat(registry.asOf(record.id(), LocalDate.of(2020, 1, 1), null)).isEmpty();
		// As known before the change was recorded, 2025 still had the old step.
		assertThat(registry.asOf(record.id(), LocalDate.of(2025, 1, 1), beforeCorrection).orElseThrow().whole("salary_step"))
			.isEqualTo(2L);
		assertThat(registry.history(record.id())).extracting(RecordChange::kind)
			.containsExactly(ChangeKind.REGISTERED, ChangeKind.SALARY_CHANGED);
		assertThat(jdbc.sql("SELECT count(*) FROM personnel_record_periods WHERE record_id = ?").param(record.id())
			.query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void aSalaryCannotBeChangedByAnOrdinaryUpdate() {
		signIn("tochuc.danang");
		PersonnelRecord record = registry.register(person("048190000102", "Lâm Thị Hồng", "DNG-SKHCN-CNTT"),
				ChangeDetails.of(ChangeKind.REGISTERED));
		RecordRefused refused = catchThrowableOfType(RecordRefused.class, () -> registry.change(record.id(), null,
				Map.of("salary_step", "3"), ChangeDetails.of(ChangeKind.UPDATED)));
		assertThat(refused.refusals()).extracting(FieldRefusal::field).containsExactly("salary_step");
	}

	@Test
	void aWrongIdIsRefusedWithTheReason() {
		signIn("tochuc.danang");
		Map<String, Object> fields = person("048090000103", "Lâm Văn Tư", "DNG-SKHCN-CNTT");
		RecordRefused refused = catchThrowableOfType(RecordRefused.class,
				() -> registry.register(fields, ChangeDetails.of(ChangeKind.REGISTERED)));
		assertThat(refused.refusals()).extracting(r -> r.refusal().messageKey())
			.contains("personnel.id.sexDigitSaysMale");
	}

	@Test
	void searchIgnoresDiacriticsCaseAndUnicodeForm() {
		signIn("tochuc.danang");
		registry.register(person("048190000104", "Nguyễn Thị Ánh Dương", "DNG-SKHCN-VP"),
				ChangeDetails.of(ChangeKind.REGISTERED));
		for (String text : List.of("nguyen thi anh duong", "NGUYEN THI ANH DUO",
				Normalizer.normalize("Nguyễn Thị Ánh Dương", Normalizer.Form.NFD), "anh duong", "048190000104")) {
			assertThat(registry.search(RecordQuery.named(text)).items()).as(text)
				.extracting(RecordSummary::fullName)
				.contains("Nguyễn Thị Ánh Dương");
		}
	}

	@Test
	void aMinistryDivisionSeesNothingOfDaNangAndSensitiveGroupsNeedTheirRole() {
		signIn("tochuc.danang");
		PersonnelRecord record = registry.register(person("048190000105", "Phó Thị Lụa", "DNG-SKHCN-CNTT"),
				ChangeDetails.of(ChangeKind.REGISTERED));
		assertThat(record.state().text("health_status")).isEqualTo("Tốt");

		signIn("lanhdao.tttt");
		assertThat(catchThrowableOfType(NotFoundException.class, () -> registry.get(record.id()))).isNotNull();
		assertThat(registry.search(RecordQuery.named("pho thi lua")).items()).isEmpty();

		SystemAccess.run(() -> assertThat(registry.get(record.id()).state().text("health_status")).isEqualTo("Tốt"));
		signIn("tochuc.bnv");
		assertThat(registry.get(record.id()).fullName()).isEqualTo("Phó Thị Lụa");
	}
}
