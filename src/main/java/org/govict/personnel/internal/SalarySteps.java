package org.govict.personnel.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.govict.personnel.SalaryStep;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The coefficients of the salary steps, each over the period it applied. */
@Repository
public class SalarySteps {

	private static final String COLUMNS = "SELECT grade_code, step, coefficient, valid_from, valid_to FROM personnel_salary_steps ";

	private final JdbcClient jdbc;

	SalarySteps(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<SalaryStep> asOf(String gradeCode, LocalDate day) {
		return jdbc.sql(COLUMNS + "WHERE grade_code = ? AND valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?) ORDER BY step")
			.params(gradeCode, day, day)
			.query(SalarySteps::map)
			.list();
	}

	public List<SalaryStep> history(String gradeCode, int step) {
		return jdbc.sql(COLUMNS + "WHERE grade_code = ? AND step = ? ORDER BY valid_from")
			.params(gradeCode, step)
			.query(SalarySteps::map)
			.list();
	}

	/** Closes a period; only its end date changes, so the coefficient it had stays readable for its dates. */
	public void close(SalaryStep closed) {
		jdbc.sql("UPDATE personnel_salary_steps SET valid_to = ? WHERE grade_code = ? AND step = ? AND valid_from = ?")
			.params(closed.validTo(), closed.gradeCode(), closed.step(), closed.validFrom())
			.update();
	}

	public void insert(SalaryStep opened) {
		jdbc.sql("INSERT INTO personnel_salary_steps (grade_code, step, coefficient, valid_from, valid_to) VALUES (?, ?, ?, ?, ?)")
			.params(opened.gradeCode(), opened.step(), opened.coefficient(), opened.validFrom(), opened.validTo())
			.update();
	}

	private static SalaryStep map(ResultSet rs, int row) throws SQLException {
		BigDecimal coefficient = rs.getBigDecimal("coefficient");
		return new SalaryStep(rs.getString("grade_code"), rs.getInt("step"), coefficient,
				rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class));
	}
}
