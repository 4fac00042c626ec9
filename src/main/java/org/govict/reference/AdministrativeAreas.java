package org.govict.reference;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Vietnam's provinces and wards, for addresses everywhere in the platform. The list changes only by migration. */
@Service
public class AdministrativeAreas {

	private final JdbcClient jdbc;

	AdministrativeAreas(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Province> provinces() {
		return jdbc.sql("SELECT code, name, kind FROM provinces ORDER BY code").query(Province.class).list();
	}

	public Optional<Province> province(String code) {
		return jdbc.sql("SELECT code, name, kind FROM provinces WHERE code = ?")
			.param(code)
			.query(Province.class)
			.optional();
	}

	public List<Ward> wardsOf(String provinceCode) {
		return jdbc.sql("SELECT code, province_code, name, kind FROM wards WHERE province_code = ? ORDER BY code")
			.param(provinceCode)
			.query(Ward.class)
			.list();
	}

	public Optional<Ward> ward(String code) {
		return jdbc.sql("SELECT code, province_code, name, kind FROM wards WHERE code = ?")
			.param(code)
			.query(Ward.class)
			.optional();
	}

	/** Wards whose name matches the text, ignoring case and diacritics ("ba dinh" finds "Phường Ba Đình"). */
	public List<Ward> searchWards(String text, String provinceCode, int limit) {
		return jdbc.sql("""
				SELECT code, province_code, name, kind FROM wards
				WHERE search_fold(name) LIKE '%' || search_fold(:text) || '%'
				  AND (CAST(:province AS varchar) IS NULL OR province_code = :province)
				ORDER BY similarity(search_fold(name), search_fold(:text)) DESC, code
				LIMIT :limit""")
			.param("text", text)
			.param("province", provinceCode)
			.param("limit", limit)
			.query(Ward.class)
			.list();
	}

	/** How many wards each province has, by province code. */
	public Map<String, Integer> wardCounts() {
		Map<String, Integer> counts = new HashMap<>();
		jdbc.sql("SELECT province_code, count(*) AS wards FROM wards GROUP BY province_code")
			.query((rs, row) -> counts.put(rs.getString("province_code"), rs.getInt("wards")))
			.list();
		return counts;
	}

	/** Whether the ward lies in the province; both must exist. */
	public boolean wardBelongsTo(String wardCode, String provinceCode) {
		return ward(wardCode).map(w -> w.provinceCode().equals(provinceCode)).orElse(false);
	}
}
