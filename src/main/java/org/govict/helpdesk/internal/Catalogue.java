package org.govict.helpdesk.internal;

import java.util.List;
import java.util.Optional;

import org.govict.helpdesk.AssignmentGroup;
import org.govict.helpdesk.Category;
import org.govict.helpdesk.Level;
import org.govict.helpdesk.ServiceLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The desk's lists: categories, assignment groups with their members, service levels. */
@Repository
public class Catalogue {

	private final JdbcClient jdbc;

	Catalogue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Category> categories() {
		return jdbc.sql("SELECT id, name_vi, name_en, active FROM helpdesk_categories ORDER BY name_vi")
			.query((rs, n) -> new Category(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
			.list();
	}

	public long addCategory(String nameVi, String nameEn) {
		return jdbc.sql("INSERT INTO helpdesk_categories (name_vi, name_en) VALUES (?, ?) RETURNING id")
			.params(nameVi, nameEn)
			.query(Long.class)
			.single();
	}

	public void changeCategory(long id, String nameVi, String nameEn, boolean active) {
		jdbc.sql("UPDATE helpdesk_categories SET name_vi = ?, name_en = ?, active = ? WHERE id = ?")
			.params(nameVi, nameEn, active, id)
			.update();
	}

	public List<AssignmentGroup> groups() {
		return jdbc.sql("""
				SELECT g.id, g.name, g.unit_id, g.active,
				       coalesce(array_agg(m.user_id ORDER BY m.user_id) FILTER (WHERE m.user_id IS NOT NULL), '{}')
				  FROM helpdesk_groups g LEFT JOIN helpdesk_group_members m ON m.group_id = g.id
				 GROUP BY g.id ORDER BY g.name""")
			.query((rs, n) -> new AssignmentGroup(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getBoolean(4),
					List.of((Long[]) rs.getArray(5).getArray())))
			.list();
	}

	public Optional<AssignmentGroup> group(long id) {
		return groups().stream().filter(g -> g.id() == id).findFirst();
	}

	public long addGroup(String name, long unitId) {
		return jdbc.sql("INSERT INTO helpdesk_groups (name, unit_id) VALUES (?, ?) RETURNING id")
			.params(name, unitId)
			.query(Long.class)
			.single();
	}

	public void setMembers(long groupId, List<Long> userIds) {
		jdbc.sql("DELETE FROM helpdesk_group_members WHERE group_id = ?").param(groupId).update();
		for (Long user : userIds) {
			jdbc.sql("INSERT INTO helpdesk_group_members (group_id, user_id) VALUES (?, ?)")
				.params(groupId, user)
				.update();
		}
	}

	public boolean isMember(long groupId, long userId) {
		return jdbc.sql("SELECT count(*) FROM helpdesk_group_members WHERE group_id = ? AND user_id = ?")
			.params(groupId, userId)
			.query(Long.class)
			.single() > 0;
	}

	/** Whether the user holds the IT technician role. */
	public boolean isTechnician(long userId) {
		return jdbc.sql("SELECT count(*) FROM user_roles WHERE user_id = ? AND role_code = 'IT_TECHNICIAN'")
			.param(userId)
			.query(Long.class)
			.single() > 0;
	}

	/** A user as the desk writes to them. */
	public record Person(long id, String fullName, String email, String language, long unitId) {
	}

	public Optional<Person> person(long userId) {
		return jdbc.sql("SELECT id, full_name, email, preferred_language, unit_id FROM users WHERE id = ?")
			.param(userId)
			.query((rs, n) -> new Person(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getLong(5)))
			.optional();
	}

	public List<Person> people(List<Long> userIds) {
		return jdbc.sql("""
				SELECT id, full_name, email, preferred_language, unit_id FROM users
				 WHERE id = ANY(CAST(? AS bigint[])) AND enabled ORDER BY full_name""")
			.param(userIds.toArray(Long[]::new))
			.query((rs, n) -> new Person(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getLong(5)))
			.list();
	}

	/** The enabled IT technicians, for the group and assignment forms. */
	public List<Person> technicians() {
		return jdbc.sql("""
				SELECT u.id, u.full_name, u.email, u.preferred_language, u.unit_id FROM users u
				  JOIN user_roles r ON r.user_id = u.id AND r.role_code = 'IT_TECHNICIAN'
				 WHERE u.enabled ORDER BY u.full_name""")
			.query((rs, n) -> new Person(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getLong(5)))
			.list();
	}

	public List<ServiceLevel> serviceLevels() {
		return jdbc.sql("""
				SELECT priority, response_minutes, resolution_minutes FROM helpdesk_service_levels
				 ORDER BY priority DESC""")
			.query((rs, n) -> new ServiceLevel(Level.of(rs.getInt(1)), rs.getInt(2), rs.getInt(3)))
			.list();
	}

	public void setServiceLevel(ServiceLevel level) {
		jdbc.sql("UPDATE helpdesk_service_levels SET response_minutes = ?, resolution_minutes = ? WHERE priority = ?")
			.params(level.responseMinutes(), level.resolutionMinutes(), level.priority().value())
			.update();
	}
}
