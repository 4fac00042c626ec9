package org.govict.personnel.internal;

import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.govict.personnel.ListEntry;
import org.govict.personnel.ListKind;
import org.govict.personnel.StaffGroup;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The entries of the reference lists, one table per list. Table names come from {@link ListKind}, never from a
 * request; ranks and salary grades have columns of their own.
 */
@Repository
public class ListEntries {

	private final JdbcClient jdbc;

	ListEntries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<ListEntry> all(ListKind list) {
		return jdbc.sql("SELECT * FROM " + list.table() + " ORDER BY sort_order, code").query(mapper(list)).list();
	}

	public Optional<ListEntry> find(ListKind list, String code) {
		return jdbc.sql("SELECT * FROM " + list.table() + " WHERE code = ?").param(code).query(mapper(list)).optional();
	}

	public Map<ListKind, Long> counts() {
		return java.util.Arrays.stream(ListKind.values())
			.collect(Collectors.toMap(Function.identity(),
					k -> jdbc.sql("SELECT count(*) FROM " + k.table()).query(Long.class).single(),
					(a, b) -> a, () -> new java.util.EnumMap<>(ListKind.class)));
	}

	public void insert(ListEntry e) {
		switch (e.list()) {
			case RANKS -> jdbc.sql("""
					INSERT INTO personnel_ranks (code, name_vi, name_en, active, sort_order, salary_grade, staff_group)
					VALUES (?, ?, ?, ?, ?, ?, ?)""")
				.params(e.code(), e.nameVi(), e.nameEn(), e.active(), e.sortOrder(), e.salaryGrade(),
						e.staffGroup().name())
				.update();
			case SALARY_GRADES -> jdbc.sql("""
					INSERT INTO personnel_salary_grades (code, name_vi, name_en, active, sort_order, step_years)
					VALUES (?, ?, ?, ?, ?, ?)""")
				.params(e.code(), e.nameVi(), e.nameEn(), e.active(), e.sortOrder(), e.stepYears())
				.update();
			default -> jdbc.sql("INSERT INTO " + e.list().table()
					+ " (code, name_vi, name_en, active, sort_order) VALUES (?, ?, ?, ?, ?)")
				.params(e.code(), e.nameVi(), e.nameEn(), e.active(), e.sortOrder())
				.update();
		}
	}

	public void update(ListEntry e) {
		switch (e.list()) {
			case RANKS -> jdbc.sql("""
					UPDATE personnel_ranks SET name_vi = ?, name_en = ?, active = ?, sort_order = ?, salary_grade = ?,
					staff_group = ? WHERE code = ?""")
				.params(e.nameVi(), e.nameEn(), e.active(), e.sortOrder(), e.salaryGrade(), e.staffGroup().name(),
						e.code())
				.update();
			case SALARY_GRADES -> jdbc.sql("""
					UPDATE personnel_salary_grades SET name_vi = ?, name_en = ?, active = ?, sort_order = ?,
					step_years = ? WHERE code = ?""")
				.params(e.nameVi(), e.nameEn(), e.active(), e.sortOrder(), e.stepYears(), e.code())
				.update();
			default -> jdbc.sql("UPDATE " + e.list().table()
					+ " SET name_vi = ?, name_en = ?, active = ?, sort_order = ? WHERE code = ?")
				.params(e.nameVi(), e.nameEn(), e.active(), e.sortOrder(), e.code())
				.update();
		}
	}

	/** Keeps the states before and after a change of an entry, beside the audit trail, for the list's history. */
	public void recordChange(ListKind list, String code, String actor, String beforeJson, String afterJson) {
		jdbc.sql("""
				INSERT INTO personnel_list_changes (list_name, code, changed_by, before, after)
				VALUES (?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb))""")
			.params(list.slug(), code, actor, beforeJson, afterJson)
			.update();
	}

	public long changeCount(ListKind list, String code) {
		return jdbc.sql("SELECT count(*) FROM personnel_list_changes WHERE list_name = ? AND code = ?")
			.params(list.slug(), code)
			.query(Long.class)
			.single();
	}

	private static RowMapper<ListEntry> mapper(ListKind list) {
		return (ResultSet rs, int row) -> new ListEntry(list, rs.getString("code"), rs.getString("name_vi"),
				rs.getString("name_en"), rs.getBoolean("active"), rs.getInt("sort_order"),
				list == ListKind.RANKS ? rs.getString("salary_grade") : null,
				list == ListKind.RANKS ? StaffGroup.valueOf(rs.getString("staff_group")) : null,
				list == ListKind.SALARY_GRADES ? rs.getInt("step_years") : null);
	}
}
