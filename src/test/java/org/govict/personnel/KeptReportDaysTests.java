package org.govict.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govict.identity.internal.AccountDetailsService;
import org.govict.personnel.internal.KeptReportDays;
import org.govict.personnel.internal.ReportQueries;
import org.govict.personnel.internal.ReportQueries.WorkforceGroup;
import org.govict.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The kept BM01 tallies (V14) against the count from the report periods: equal for every kept day after each kind
 * of write the registry makes (new records, transfers back-dated and ahead, departures, bulk updates and deletes,
 * a unit's subtree moving, emptying the table).
 */
@IntegrationTest
class KeptReportDaysTests {

	static final LocalDate TODAY = LocalDate.now();

	static final List<LocalDate> DAYS = List.of(TODAY, TODAY.minusYears(1).withDayOfMonth(1), LocalDate.of(2020, 12, 31),
			TODAY.plusMonths(2));

	@Autowired
	ReportQueries queries;

	@Autowired
	KeptReportDays keptDays;

	@Autowired
	PersonnelRegistry registry;

	@Autowired
	AccountDetailsService accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	void signIn(String username) {
		UserDetails user = accounts.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	String path(String code) {
		return jdbc.sql("SELECT path FROM organisation_units WHERE code = ?").param(code).query(String.class).single();
	}

	long unit(String code) {
		return jdbc.sql("SELECT id FROM organisation_units WHERE code = ?").param(code).query(Long.class).single();
	}

	/** The groups of both ways, for the country by its top units and for the Đà Nẵng tree by its children. */
	void assertKeptTalliesAgree() {
		String danang = path("DNG");
		int danangChildren = (int) danang.chars().filter(c -> c == '/').count() + 1;
		for (LocalDate day : DAYS) {
			assertThat(queries.keptDayUsedAt(day)).as("kept %s", day).isPresent();
			assertThat(sorted(queries.keptWorkforce(null, 2, day))).as("country on %s", day)
				.isEqualTo(sorted(counted(null, 2, day)));
			assertThat(sorted(queries.keptWorkforce(danang, danangChildren, day))).as("Đà Nẵng on %s", day)
				.isEqualTo(sorted(counted(danang, danangChildren, day)))
				.isNotEmpty();
		}
	}

	List<WorkforceGroup> counted(String prefix, int part, LocalDate day) {
		return new TransactionTemplate(transactionManager).execute(status -> queries.workforce(prefix, part, day,
				AgeBand.birthLimits(day), PersonnelReports.pastRetirementBirthLimit(Sex.MALE, day),
				PersonnelReports.pastRetirementBirthLimit(Sex.FEMALE, day)));
	}

	static List<WorkforceGroup> sorted(List<WorkforceGroup> groups) {
		return groups.stream()
			.sorted(Comparator.comparing(WorkforceGroup::child).thenComparingInt(WorkforceGroup::demography))
			.toList();
	}

	Map<String, Object> person(String id, String name, String sex, String birth, String unitCode) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("full_name", name);
		fields.put("id_number", id);
		fields.put("sex", sex);
		fields.put("birth_date", birth);
		fields.put("unit_id", String.valueOf(unit(unitCode)));
		fields.put("rank_code", "01.003");
		fields.put("salary_step", "2");
		fields.put("salary_since", "01/06/2019");
		fields.put("education_level", "THS");
		fields.put("party_joined", "03/02/2015");
		return fields;
	}

	@Test
	void keptTalliesFollowEveryWriteOfTheReportPeriods() {
		DAYS.forEach(keptDays::keep);
		assertKeptTalliesAgree();

		signIn("tochuc.danang");
		PersonnelRecord hired = registry.register(person("048195700311", "Lâm Thị Kiểm Đếm", "F", "12/04/1995",
				"DNG-SNV"), ChangeDetails.of(ChangeKind.REGISTERED, LocalDate.of(2019, 6, 1)));
		assertKeptTalliesAgree();

		Map<String, Object> move = new LinkedHashMap<>();
		move.put("unit_id", String.valueOf(unit("DNG-SKHCN")));
		registry.change(hired.id(), null, move, ChangeDetails.of(ChangeKind.TRANSFERRED, TODAY.minusMonths(3)));
		assertKeptTalliesAgree();

		Map<String, Object> ahead = new LinkedHashMap<>();
		ahead.put("unit_id", String.valueOf(unit("DNG-SNV")));
		registry.change(hired.id(), null, ahead, ChangeDetails.of(ChangeKind.TRANSFERRED, TODAY.plusMonths(1)));
		assertKeptTalliesAgree();
		signOut();

		TransactionTemplate transaction = new TransactionTemplate(transactionManager);
		transaction.executeWithoutResult(status -> {
			jdbc.sql("UPDATE personnel_record_periods SET salary_grade = 'A2.1', political_theory = 'CC' "
					+ "WHERE unit_path LIKE ?").param(path("DNG") + "%").update();
			assertKeptTalliesAgree();
			jdbc.sql("DELETE FROM personnel_record_periods WHERE record_id = ?").param(hired.id()).update();
			assertKeptTalliesAgree();
			String skhcn = path("DNG-SKHCN");
			jdbc.sql("UPDATE personnel_record_periods SET unit_path = ? || substr(unit_path, length(?) + 1) "
					+ "WHERE unit_path LIKE ?").params(path("DNG-SNV") + "99999/", skhcn, skhcn + "%").update();
			assertKeptTalliesAgree();
			jdbc.sql("TRUNCATE personnel_record_periods").update();
			assertThat(jdbc.sql("SELECT count(*) FROM personnel_bm01_cells").query(Long.class).single()).isZero();
			status.setRollbackOnly();
		});
		assertKeptTalliesAgree();
	}

	@Test
	void aDayKeptByOtherAgeLimitsIsDroppedAndCountedAgain() {
		LocalDate day = LocalDate.of(2024, 7, 1);
		keptDays.keep(day);
		keptDays.dropOutdatedDays();
		assertThat(queries.keptDayUsedAt(day)).isPresent();
		jdbc.sql("UPDATE personnel_bm01_days SET past_men = past_men - 31 WHERE day = ?").param(day).update();
		keptDays.dropOutdatedDays();
		assertThat(queries.keptDayUsedAt(day)).isEmpty();
		assertThat(jdbc.sql("SELECT count(*) FROM personnel_bm01_cells WHERE day = ?").param(day).query(Long.class)
			.single()).isZero();
	}

	@Test
	void keepsAtMostEightDaysDroppingTheLeastRecentlyUsedButNeverToday() {
		keptDays.keep(TODAY);
		for (int i = 0; i < 10; i++) {
			keptDays.keep(LocalDate.of(2010 + i, 6, 30));
		}
		List<LocalDate> kept = queries.keptDays();
		assertThat(kept).hasSizeLessThanOrEqualTo(8).contains(TODAY, LocalDate.of(2019, 6, 30));
		assertThat(kept).doesNotContain(LocalDate.of(2010, 6, 30));
		assertThat(jdbc.sql("SELECT count(*) FROM personnel_bm01_cells WHERE day = ?")
			.param(LocalDate.of(2010, 6, 30))
			.query(Long.class)
			.single()).isZero();
	}
}
