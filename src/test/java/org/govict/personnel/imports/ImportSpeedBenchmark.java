package org.govict.personnel.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.govict.identity.internal.AccountDetailsService;
import org.govict.personnel.ImportMode;
import org.govict.personnel.ImportStatus;
import org.govict.personnel.PersonnelImport;
import org.govict.personnel.PersonnelImports;
import org.govict.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The import rate against a raw COPY of the same rows into the same tables. Run on demand:
 * {@code ./mvnw test -Dtest=ImportSpeedBenchmark -Dgovict.benchmark=true -Dgovict.benchmark.rows=100000}.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "govict.benchmark", matches = "true")
class ImportSpeedBenchmark {

	@Autowired
	PersonnelImports imports;

	@Autowired
	AccountDetailsService accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	static int rows() {
		return Integer.getInteger("govict.benchmark.rows", 100_000);
	}

	@Test
	void importReachesHalfTheRateOfRawCopy() throws Exception {
		int n = rows();
		long unit = jdbc.sql("SELECT id FROM organisation_units WHERE code = 'DNG-SNV'").query(Long.class).single();
		String path = jdbc.sql("SELECT path FROM organisation_units WHERE code = 'DNG-SNV'").query(String.class).single();

		StringBuilder csv = new StringBuilder(n * 120);
		csv.append("Họ và tên khai sinh,Số định danh cá nhân,Giới tính,Ngày sinh,Mã đơn vị,rank_code,Bậc lương,Ngày hưởng,Điện thoại\n");
		for (int i = 0; i < n; i++) {
			csv.append("Nguyễn Thị Số ").append(i).append(",0791").append(String.format("%02d", 60 + i / 1_000_000 % 40))
				.append(String.format("%06d", i % 1_000_000)).append(",Nữ,14/03/19").append(60 + i / 1_000_000 % 40)
				.append(",DNG-SNV,01.003,2,01/06/2021,09050").append(String.format("%05d", i % 100000)).append('\n');
		}
		byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);

		UserDetails user = accounts.loadUserByUsername("tochuc.danang");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		AtomicLong maxHeap = new AtomicLong();
		Thread sampler = new Thread(() -> {
			while (!Thread.currentThread().isInterrupted()) {
				maxHeap.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
				try {
					Thread.sleep(50);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		});
		sampler.start();
		long start = System.nanoTime();
		PersonnelImport started = imports.upload("bench.csv", new ByteArrayInputStream(file), ImportMode.VALID_ROWS,
				null, Locale.forLanguageTag("vi"));
		PersonnelImport done;
		do {
			Thread.sleep(200);
			done = imports.get(started.id());
		}
		while (!done.status().finished());
		double importSeconds = (System.nanoTime() - start) / 1e9;
		sampler.interrupt();
		assertThat(done.status()).isEqualTo(ImportStatus.DONE);
		assertThat(done.rowsLoaded()).isEqualTo(n);

		// The same rows, prepared beforehand, copied straight into the three tables.
		long firstId = jdbc.sql("SELECT coalesce(max(id), 0) + 1000 FROM personnel_records").query(Long.class).single();
		ByteArrayOutputStream records = new ByteArrayOutputStream();
		ByteArrayOutputStream changes = new ByteArrayOutputStream();
		ByteArrayOutputStream periods = new ByteArrayOutputStream();
		for (int i = 0; i < n; i++) {
			long id = firstId + i;
			String idNumber = "0801" + String.format("%02d", 60 + i / 1_000_000 % 40) + String.format("%06d", i % 1_000_000);
			String data = "{\"full_name\": \"Nguyễn Thị Số " + i + "\", \"id_number\": \"" + idNumber
					+ "\", \"sex\": \"F\", \"birth_date\": \"1960-03-14\", \"unit_id\": " + unit
					+ ", \"rank_code\": \"01.003\", \"salary_step\": 2, \"salary_since\": \"2021-06-01\", \"phone\": \"0905"
					+ i + "\", \"status\": \"ACTIVE\", \"salary_grade\": \"A1\", \"staff_group\": \"CIVIL_SERVANT\", "
					+ "\"coefficient\": 2.67}";
			String quoted = "\"" + data.replace("\"", "\"\"") + "\"";
			records.writeBytes((id + "," + idNumber + ",\"Nguyễn Thị Số " + i + "\",F,1960-03-14," + unit + "," + path
					+ ",ACTIVE,01.003,A1,,," + quoted + "\n").getBytes(StandardCharsets.UTF_8));
			changes.writeBytes((id + ",IMPORTED,2026-01-01,bench," + quoted + "\n").getBytes(StandardCharsets.UTF_8));
			periods.writeBytes((id + ",2026-01-01,," + unit + "," + path + ",F,1960-03-14,ACTIVE,CIVIL_SERVANT,A1,01.003,,,,,,,,,,2.67\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		double copySeconds;
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			var copy = connection.unwrap(PGConnection.class).getCopyAPI();
			long copyStart = System.nanoTime();
			copy.copyIn("COPY personnel_records (id, id_number, full_name, sex, birth_date, unit_id, unit_path, status, "
					+ "rank_code, salary_grade, position_code, education_level, data) FROM STDIN (FORMAT csv)",
					new ByteArrayInputStream(records.toByteArray()));
			copy.copyIn("COPY personnel_record_changes (record_id, kind, effective_on, recorded_by, changes) FROM STDIN "
					+ "(FORMAT csv)", new ByteArrayInputStream(changes.toByteArray()));
			copy.copyIn("COPY personnel_record_periods (record_id, valid_from, valid_to, unit_id, unit_path, sex, "
					+ "birth_date, status, staff_group, salary_grade, rank_code, position_code, education_level, "
					+ "political_theory, state_management, it_level, language_level, party_joined, ethnic_code, "
					+ "religion_code, coefficient) FROM STDIN (FORMAT csv)", new ByteArrayInputStream(periods.toByteArray()));
			connection.commit();
			copySeconds = (System.nanoTime() - copyStart) / 1e9;
		}
		double importRate = n / importSeconds;
		double copyRate = n / copySeconds;
		System.out.printf(Locale.ROOT,
				"BENCHMARK rows=%d import=%.1fs (%.0f rows/s) copy=%.1fs (%.0f rows/s) ratio=%.2f maxHeapSampled=%dMB%n", n,
				importSeconds, importRate, copySeconds, copyRate, importRate / copyRate, maxHeap.get() / (1024 * 1024));

		jdbc.sql("DELETE FROM personnel_record_periods WHERE record_id >= ?").param(firstId).update();
		jdbc.sql("DELETE FROM personnel_record_changes WHERE record_id >= ?").param(firstId).update();
		jdbc.sql("DELETE FROM personnel_records WHERE id >= ?").param(firstId).update();
		assertThat(importRate).isGreaterThanOrEqualTo(copyRate / 2);
	}
}
