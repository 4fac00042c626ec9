package org.govict.feedback.internal;

import java.util.List;
import java.util.Optional;

import org.govict.feedback.Topic;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The topics cases are filed under. */
@Repository
public class Topics {

	private static final RowMapper<Topic> MAPPER = (rs, n) -> new Topic(rs.getString("code"), rs.getString("name_vi"),
			rs.getString("name_en"), rs.getBoolean("active"), rs.getInt("sort_order"));

	private final JdbcClient jdbc;

	Topics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Topic> all() {
		return jdbc.sql("SELECT * FROM feedback_topics ORDER BY sort_order, code").query(MAPPER).list();
	}

	public Optional<Topic> find(String code) {
		return jdbc.sql("SELECT * FROM feedback_topics WHERE code = ?").param(code).query(MAPPER).optional();
	}

	public void insert(Topic t) {
		jdbc.sql("INSERT INTO feedback_topics (code, name_vi, name_en, active, sort_order) VALUES (?, ?, ?, ?, ?)")
			.params(t.code(), t.nameVi(), t.nameEn(), t.active(), t.sortOrder())
			.update();
	}

	public void update(Topic t) {
		jdbc.sql("UPDATE feedback_topics SET name_vi = ?, name_en = ?, active = ?, sort_order = ? WHERE code = ?")
			.params(t.nameVi(), t.nameEn(), t.active(), t.sortOrder(), t.code())
			.update();
	}
}
