package org.govict.organisation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.govict.organisation.OrganisationUnit;
import org.govict.organisation.UnitKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored tree. Subtree questions are prefix matches on {@code path}, served by its text_pattern_ops index.
 */
@Repository
public class Units {

	static final String COLUMNS = "id, code, name_vi, name_en, kind, parent_id, path, address, province_code,"
			+ " ward_code, active, version";

	private final JdbcClient jdbc;

	Units(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<OrganisationUnit> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM organisation_units WHERE id = ?")
			.param(id)
			.query(Units::map)
			.optional();
	}

	/** Whether the unit exists and lies under one of the roots (itself included); any unit when roots is null. */
	public boolean isWithin(long unitId, java.util.Collection<Long> roots) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM organisation_units u
				                WHERE u.id = ?
				                  AND (CAST(? AS bigint[]) IS NULL
				                       OR EXISTS (SELECT 1 FROM organisation_units r
				                                   WHERE r.id = ANY(CAST(? AS bigint[]))
				                                     AND u.path LIKE r.path || '%')))""")
			.params(unitId, roots == null ? null : roots.toArray(Long[]::new),
					roots == null ? null : roots.toArray(Long[]::new))
			.query(Boolean.class)
			.single();
	}

	public Optional<OrganisationUnit> findByCode(String code) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM organisation_units WHERE code = ?")
			.param(code)
			.query(Units::map)
			.optional();
	}

	public List<OrganisationUnit> findAll(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT " + COLUMNS + " FROM organisation_units WHERE id = ANY(?) ORDER BY path")
			.param(ids.toArray(Long[]::new))
			.query(Units::map)
			.list();
	}

	public List<OrganisationUnit> children(long parentId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM organisation_units WHERE parent_id = ? ORDER BY active DESC, code")
			.param(parentId)
			.query(Units::map)
			.list();
	}

	public List<OrganisationUnit> roots() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM organisation_units WHERE parent_id IS NULL ORDER BY code")
			.query(Units::map)
			.list();
	}

	/** Ids of units that have at least one child, among the given ones: the tree shows an expander for them. */
	public List<Long> withChildren(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT DISTINCT parent_id FROM organisation_units WHERE parent_id = ANY(?)")
			.param(ids.toArray(Long[]::new))
			.query(Long.class)
			.list();
	}

	/** The whole subtree under the given paths, in tree order. */
	public List<OrganisationUnit> subtrees(List<String> pathPrefixes, boolean activeOnly) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM organisation_units WHERE path LIKE ANY(?)"
				+ (activeOnly ? " AND active" : "") + " ORDER BY path")
			.param(likePatterns(pathPrefixes))
			.query(Units::map)
			.list();
	}

	public List<OrganisationUnit> everything(boolean activeOnly) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM organisation_units" + (activeOnly ? " WHERE active" : "")
				+ " ORDER BY path")
			.query(Units::map)
			.list();
	}

	/**
	 * Units whose Vietnamese or English name or code matches, ignoring case and diacritics, within the given
	 * subtrees (null: everywhere). Closest names first.
	 */
	public List<OrganisationUnit> search(String text, List<String> pathPrefixes, int offset, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + """
				 FROM organisation_units
				WHERE (search_fold(name_vi) LIKE '%' || search_fold(:text) || '%'
				       OR search_fold(coalesce(name_en, '')) LIKE '%' || search_fold(:text) || '%'
				       OR code ILIKE :text || '%')
				  AND (CAST(:prefixes AS text[]) IS NULL OR path LIKE ANY(CAST(:prefixes AS text[])))
				ORDER BY similarity(search_fold(name_vi), search_fold(:text)) DESC, path
				OFFSET :offset LIMIT :limit""")
			.param("text", text)
			.param("prefixes", pathPrefixes == null ? null : likePatterns(pathPrefixes))
			.param("offset", offset)
			.param("limit", limit)
			.query(Units::map)
			.list();
	}

	public long create(OrganisationUnit unit) {
		long id = jdbc.sql("""
				INSERT INTO organisation_units (code, name_vi, name_en, kind, parent_id, path, address, province_code,
				    ward_code, active)
				VALUES (?, ?, ?, ?, ?, '/', ?, ?, ?, TRUE) RETURNING id""")
			.params(unit.code(), unit.nameVi(), unit.nameEn(), unit.kind().name(), unit.parentId(), unit.address(),
					unit.provinceCode(), unit.wardCode())
			.query(Long.class)
			.single();
		String parentPath = unit.parentId() == null ? "/"
				: jdbc.sql("SELECT path FROM organisation_units WHERE id = ?")
					.param(unit.parentId())
					.query(String.class)
					.single();
		jdbc.sql("UPDATE organisation_units SET path = ? WHERE id = ?").params(parentPath + id + "/", id).update();
		return id;
	}

	/** Updates the unit's own fields; false when its version moved on meanwhile. */
	public boolean update(OrganisationUnit unit) {
		return jdbc.sql("""
				UPDATE organisation_units
				   SET code = ?, name_vi = ?, name_en = ?, kind = ?, address = ?, province_code = ?, ward_code = ?,
				       updated_at = now(), version = version + 1
				 WHERE id = ? AND version = ?""")
			.params(unit.code(), unit.nameVi(), unit.nameEn(), unit.kind().name(), unit.address(),
					unit.provinceCode(), unit.wardCode(), unit.id(), unit.version())
			.update() == 1;
	}

	/** Moves the unit and rewrites the path of its whole subtree in one statement. */
	public void move(OrganisationUnit unit, OrganisationUnit newParent) {
		String newPath = (newParent == null ? "/" : newParent.path()) + unit.id() + "/";
		jdbc.sql("""
				UPDATE organisation_units
				   SET path = ? || substring(path FROM ?), updated_at = now(), version = version + 1,
				       parent_id = CASE WHEN id = ? THEN CAST(? AS bigint) ELSE parent_id END
				 WHERE path LIKE ?""")
			.params(newPath, unit.path().length() + 1, unit.id(), newParent == null ? null : newParent.id(),
					likePattern(unit.path()))
			.update();
	}

	public void setActive(long id, boolean active) {
		jdbc.sql("UPDATE organisation_units SET active = ?, updated_at = now(), version = version + 1 WHERE id = ?")
			.params(active, id)
			.update();
	}

	public void delete(long id) {
		jdbc.sql("DELETE FROM organisation_units WHERE id = ?").param(id).update();
	}

	public long countChildren(long id, boolean activeOnly) {
		return jdbc.sql("SELECT count(*) FROM organisation_units WHERE parent_id = ?" + (activeOnly ? " AND active" : ""))
			.param(id)
			.query(Long.class)
			.single();
	}

	public boolean codeTaken(String code, Long exceptId) {
		return jdbc.sql("SELECT count(*) FROM organisation_units WHERE upper(code) = upper(?) AND id <> ?")
			.params(code, exceptId == null ? -1L : exceptId)
			.query(Long.class)
			.single() > 0;
	}

	private static String[] likePatterns(List<String> prefixes) {
		return prefixes.stream().map(Units::likePattern).toArray(String[]::new);
	}

	/** Paths hold only digits and slashes, so nothing in them needs escaping for LIKE. */
	private static String likePattern(String prefix) {
		return prefix + "%";
	}

	static OrganisationUnit map(ResultSet rs, int row) throws SQLException {
		long parent = rs.getLong("parent_id");
		Long parentId = rs.wasNull() ? null : parent;
		return new OrganisationUnit(rs.getLong("id"), rs.getString("code"), rs.getString("name_vi"),
				rs.getString("name_en"), UnitKind.valueOf(rs.getString("kind")), parentId,
				rs.getString("path"), rs.getString("address"), rs.getString("province_code"),
				rs.getString("ward_code"), rs.getBoolean("active"), rs.getInt("version"));
	}
}
