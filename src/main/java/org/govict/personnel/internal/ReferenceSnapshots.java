package org.govict.personnel.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.govict.organisation.Organisation;
import org.govict.personnel.ListKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads a {@link ReferenceSnapshot}: a few thousand rows, in a few milliseconds. */
@Component
public class ReferenceSnapshots {

	private final JdbcClient jdbc;

	private final Organisation organisation;

	ReferenceSnapshots(JdbcClient jdbc, Organisation organisation) {
		this.jdbc = jdbc;
		this.organisation = organisation;
	}

	@Transactional(readOnly = true)
	public ReferenceSnapshot take() {
		Map<ListKind, Set<String>> codes = new EnumMap<>(ListKind.class);
		for (ListKind list : ListKind.values()) {
			codes.put(list, new HashSet<>(jdbc.sql("SELECT code FROM " + list.table()).query(String.class).list()));
		}
		Map<String, String> rankGrades = new HashMap<>();
		Map<String, String> rankGroups = new HashMap<>();
		jdbc.sql("SELECT code, salary_grade, staff_group FROM personnel_ranks").query(rs -> {
			if (rs.getString("salary_grade") != null) {
				rankGrades.put(rs.getString("code"), rs.getString("salary_grade"));
			}
			rankGroups.put(rs.getString("code"), rs.getString("staff_group"));
		});
		Set<String> provinces = new HashSet<>(jdbc.sql("SELECT code FROM provinces").query(String.class).list());
		Map<String, String> wards = new HashMap<>();
		jdbc.sql("SELECT code, province_code FROM wards")
			.query(rs -> {
				wards.put(rs.getString(1), rs.getString(2));
			});
		Map<String, List<ReferenceSnapshot.StepPeriod>> steps = new HashMap<>();
		jdbc.sql("SELECT grade_code, step, coefficient, valid_from, valid_to FROM personnel_salary_steps")
			.query(rs -> {
				steps.computeIfAbsent(rs.getString(1) + "|" + rs.getInt(2), k -> new ArrayList<>())
					.add(new ReferenceSnapshot.StepPeriod(rs.getObject(4, java.time.LocalDate.class),
							rs.getObject(5, java.time.LocalDate.class), rs.getBigDecimal(3)));
			});
		return new ReferenceSnapshot(codes, rankGrades, rankGroups, provinces, wards, organisation.allUnscoped(),
				steps);
	}
}
