package org.govict.infosec.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.govict.infosec.Measure;
import org.govict.infosec.MeasureForm;
import org.govict.infosec.MeasureStatus;
import org.govict.infosec.RequiredMeasure;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The catalogue of measures, each system's progress on them, and the evidence files. */
@Repository
public class Measures {

	private final JdbcClient jdbc;

	Measures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The catalogue, without the measures another has replaced. */
	public List<Measure> all() {
		return jdbc.sql("SELECT * FROM infosec_measures WHERE replaced_by IS NULL ORDER BY code")
			.query(Measures::measure)
			.list();
	}

	/**
	 * The code a measure goes by now: a measure of the first catalogue points to the one that replaced it, so that its
	 * old code is still understood.
	 */
	public String current(String code) {
		return jdbc.sql("SELECT COALESCE(replaced_by, code) FROM infosec_measures WHERE code = ?")
			.param(code)
			.query(String.class)
			.optional()
			.orElse(code);
	}

	public Optional<Measure> find(String code) {
		return jdbc.sql("SELECT * FROM infosec_measures WHERE code = ?").param(code).query(Measures::measure).optional();
	}

	public void save(MeasureForm f) {
		jdbc.sql("""
				INSERT INTO infosec_measures (code, measure_group, text_vi, text_en, min_level, active)
				VALUES (?, ?, ?, ?, ?, ?)
				ON CONFLICT (code) DO UPDATE SET measure_group = excluded.measure_group, text_vi = excluded.text_vi,
				    text_en = excluded.text_en, min_level = excluded.min_level, active = excluded.active""")
			.params(f.code(), f.group(), f.textVi(), f.textEn(), f.minLevel(), f.active())
			.update();
	}

	/** The active measures of the catalogue required at {@code level}, with the system's progress on each. */
	public List<RequiredMeasure> required(long systemId, int level) {
		Map<String, List<RequiredMeasure.Evidence>> evidence = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT id, measure_code, file_name, content_type, uploaded_by, uploaded_at FROM infosec_evidence
				WHERE system_id = ? ORDER BY uploaded_at""").param(systemId).query(rs -> {
			evidence.computeIfAbsent(rs.getString("measure_code"), c -> new ArrayList<>())
				.add(new RequiredMeasure.Evidence(rs.getLong("id"), rs.getString("file_name"),
						rs.getString("content_type"), rs.getString("uploaded_by"),
						rs.getObject("uploaded_at", OffsetDateTime.class).toInstant()));
		});
		return jdbc.sql("""
				SELECT m.*, s.status AS progress, s.reason, s.updated_by, s.updated_at
				FROM infosec_measures m
				LEFT JOIN infosec_system_measures s ON s.measure_code = m.code AND s.system_id = ?
				WHERE m.active AND m.min_level <= ?
				ORDER BY m.code""").params(systemId, level).query((rs, row) -> {
			String status = rs.getString("progress");
			OffsetDateTime at = rs.getObject("updated_at", OffsetDateTime.class);
			Measure m = measure(rs, row);
			return new RequiredMeasure(m, status == null ? MeasureStatus.NOT_STARTED : MeasureStatus.valueOf(status),
					rs.getString("reason"), rs.getString("updated_by"), at == null ? null : at.toInstant(),
					evidence.getOrDefault(m.code(), List.of()));
		}).list();
	}

	public void setStatus(long systemId, String code, MeasureStatus status, String reason, String actor) {
		jdbc.sql("""
				INSERT INTO infosec_system_measures (system_id, measure_code, status, reason, updated_by)
				VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (system_id, measure_code) DO UPDATE SET status = excluded.status, reason = excluded.reason,
				    updated_by = excluded.updated_by, updated_at = now()""")
			.params(systemId, code, status.name(), reason, actor)
			.update();
	}

	public long attach(long systemId, String code, String fileName, String contentType, byte[] content, String actor) {
		return jdbc.sql("""
				INSERT INTO infosec_evidence (system_id, measure_code, file_name, content_type, content, uploaded_by)
				VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(systemId, code, fileName, contentType, content, actor)
			.query(Long.class)
			.single();
	}

	/** An evidence file: its system, name, type and bytes. */
	public record EvidenceFile(long systemId, String fileName, String contentType, byte[] content) {
	}

	public Optional<EvidenceFile> evidence(long id) {
		return jdbc.sql("SELECT system_id, file_name, content_type, content FROM infosec_evidence WHERE id = ?")
			.param(id)
			.query((rs, row) -> new EvidenceFile(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBytes(4)))
			.optional();
	}

	static Measure measure(ResultSet rs, int row) throws SQLException {
		return new Measure(rs.getString("code"), rs.getString("measure_group"), rs.getString("text_vi"),
				rs.getString("text_en"), rs.getInt("min_level"), rs.getBoolean("active"));
	}

	static Instant instant(OffsetDateTime t) {
		return t == null ? null : t.toInstant();
	}
}
