package org.govict.reference.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.govict.reference.CalendarDay;
import org.govict.reference.DayKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The listed dates of the working calendar: a few dozen a year. */
@Repository
public class CalendarDays {

	private final JdbcClient jdbc;

	CalendarDays(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<CalendarDay> between(LocalDate from, LocalDate to) {
		return jdbc.sql("SELECT day, kind, name_vi, name_en FROM calendar_days WHERE day BETWEEN ? AND ? ORDER BY day")
			.params(from, to)
			.query(CalendarDays::map)
			.list();
	}

	public List<CalendarDay> all() {
		return jdbc.sql("SELECT day, kind, name_vi, name_en FROM calendar_days ORDER BY day")
			.query(CalendarDays::map)
			.list();
	}

	public Optional<CalendarDay> find(LocalDate day) {
		return jdbc.sql("SELECT day, kind, name_vi, name_en FROM calendar_days WHERE day = ?")
			.param(day)
			.query(CalendarDays::map)
			.optional();
	}

	public void insert(CalendarDay day) {
		jdbc.sql("INSERT INTO calendar_days (day, kind, name_vi, name_en) VALUES (?, ?, ?, ?)")
			.params(day.day(), day.kind().name(), day.nameVi(), day.nameEn())
			.update();
	}

	public void update(CalendarDay day) {
		jdbc.sql("UPDATE calendar_days SET kind = ?, name_vi = ?, name_en = ? WHERE day = ?")
			.params(day.kind().name(), day.nameVi(), day.nameEn(), day.day())
			.update();
	}

	public void delete(LocalDate day) {
		jdbc.sql("DELETE FROM calendar_days WHERE day = ?").param(day).update();
	}

	private static CalendarDay map(ResultSet rs, int row) throws SQLException {
		return new CalendarDay(rs.getObject("day", LocalDate.class), DayKind.valueOf(rs.getString("kind")),
				rs.getString("name_vi"), rs.getString("name_en"));
	}
}
