package org.govict.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.govict.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stored accounts, their roles and the extra subtrees they were granted. A change that bears on what an account
 * may do through the API (its unit, roles, subtrees, being enabled or locked) forgets the kept token sign-ins.
 */
@Repository
public class UserAccounts {

	private static final String COLUMNS = "id, username, full_name, email, phone, unit_id, password_hash,"
			+ " demo_password, enabled, failed_logins, locked_until, last_login_at, totp_secret, totp_enabled, version";

	private final JdbcClient jdbc;

	private final TokenSignIns signIns;

	UserAccounts(JdbcClient jdbc, TokenSignIns signIns) {
		this.jdbc = jdbc;
		this.signIns = signIns;
	}

	public Optional<UserAccount> findByUsername(String username) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE lower(username) = lower(?)")
			.param(username)
			.query(UserAccounts::map)
			.optional();
	}

	public Optional<UserAccount> findByEmail(String email) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE lower(email) = lower(?)")
			.param(email)
			.query(UserAccounts::map)
			.optional();
	}

	public Optional<UserAccount> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE id = ?").param(id).query(UserAccounts::map).optional();
	}

	/** Accounts in the given subtrees (null: all), optionally matching a name, username or e-mail. */
	public List<UserAccount> search(String text, List<String> pathPrefixes, int offset, int limit) {
		return jdbc.sql("SELECT " + qualified() + """
				 FROM users u JOIN organisation_units ou ON ou.id = u.unit_id
				WHERE (CAST(:text AS text) IS NULL OR search_fold(u.full_name) LIKE '%' || search_fold(:text) || '%'
				       OR lower(u.username) LIKE lower(:text) || '%' OR lower(u.email) LIKE lower(:text) || '%')
				  AND (CAST(:prefixes AS text[]) IS NULL OR ou.path LIKE ANY(CAST(:prefixes AS text[])))
				ORDER BY u.full_name, u.id
				OFFSET :offset LIMIT :limit""")
			.param("text", text)
			.param("prefixes", likePatterns(pathPrefixes))
			.param("offset", offset)
			.param("limit", limit)
			.query(UserAccounts::map)
			.list();
	}

	public long count(String text, List<String> pathPrefixes) {
		return jdbc.sql("""
				SELECT count(*) FROM users u JOIN organisation_units ou ON ou.id = u.unit_id
				WHERE (CAST(:text AS text) IS NULL OR search_fold(u.full_name) LIKE '%' || search_fold(:text) || '%'
				       OR lower(u.username) LIKE lower(:text) || '%' OR lower(u.email) LIKE lower(:text) || '%')
				  AND (CAST(:prefixes AS text[]) IS NULL OR ou.path LIKE ANY(CAST(:prefixes AS text[])))""")
			.param("text", text)
			.param("prefixes", likePatterns(pathPrefixes))
			.query(Long.class)
			.single();
	}

	public long create(UserAccount account) {
		return jdbc.sql("""
				INSERT INTO users (username, full_name, email, phone, unit_id, password_hash, demo_password, enabled)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(account.username(), account.fullName(), account.email(), account.phone(), account.unitId(),
					account.passwordHash(), account.demoPassword(), account.enabled())
			.query(Long.class)
			.single();
	}

	public boolean updateProfile(UserAccount account) {
		signIns.forgetAll();
		return jdbc.sql("""
				UPDATE users SET full_name = ?, email = ?, phone = ?, unit_id = ?, enabled = ?, updated_at = now(),
				       version = version + 1
				 WHERE id = ? AND version = ?""")
			.params(account.fullName(), account.email(), account.phone(), account.unitId(), account.enabled(),
					account.id(), account.version())
			.update() == 1;
	}

	public void changePassword(long id, String hash, boolean demo) {
		jdbc.sql("""
				UPDATE users SET password_hash = ?, demo_password = ?, password_changed_at = now(), failed_logins = 0,
				       locked_until = NULL, updated_at = now(), version = version + 1 WHERE id = ?""")
			.params(hash, demo, id)
			.update();
	}

	/** Counts a failed sign-in and locks the account when it reaches the limit; returns the new count. */
	public int recordFailedLogin(long id, int maxFailures, Instant lockUntil) {
		signIns.forgetAll();
		return jdbc.sql("""
				UPDATE users SET failed_logins = failed_logins + 1,
				       locked_until = CASE WHEN failed_logins + 1 >= ? THEN ? ELSE locked_until END
				 WHERE id = ? RETURNING failed_logins""")
			.params(maxFailures, Timestamp.from(lockUntil), id)
			.query(Integer.class)
			.single();
	}

	public void recordSuccessfulLogin(long id) {
		jdbc.sql("UPDATE users SET failed_logins = 0, locked_until = NULL, last_login_at = now() WHERE id = ?")
			.param(id)
			.update();
	}

	public void unlock(long id) {
		jdbc.sql("UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = ?").param(id).update();
	}

	public void setTotp(long id, String secret, boolean enabled) {
		jdbc.sql("UPDATE users SET totp_secret = ?, totp_enabled = ?, updated_at = now() WHERE id = ?")
			.params(secret, enabled, id)
			.update();
	}

	public Set<String> roles(long userId) {
		return new TreeSet<>(jdbc.sql("SELECT role_code FROM user_roles WHERE user_id = ?")
			.param(userId)
			.query(String.class)
			.list());
	}

	public void replaceRoles(long userId, Collection<String> roles) {
		signIns.forgetAll();
		jdbc.sql("DELETE FROM user_roles WHERE user_id = ?").param(userId).update();
		for (String role : roles) {
			jdbc.sql("INSERT INTO user_roles (user_id, role_code) VALUES (?, ?)").params(userId, role).update();
		}
	}

	public Set<Long> grantedUnits(long userId) {
		return new TreeSet<>(jdbc.sql("SELECT unit_id FROM user_scopes WHERE user_id = ?")
			.param(userId)
			.query(Long.class)
			.list());
	}

	public void replaceGrantedUnits(long userId, Collection<Long> unitIds) {
		signIns.forgetAll();
		jdbc.sql("DELETE FROM user_scopes WHERE user_id = ?").param(userId).update();
		for (Long unitId : unitIds) {
			jdbc.sql("INSERT INTO user_scopes (user_id, unit_id) VALUES (?, ?)").params(userId, unitId).update();
		}
	}

	public long countInUnit(long unitId) {
		return jdbc.sql("SELECT count(*) FROM users WHERE unit_id = ? AND enabled").param(unitId).query(Long.class).single();
	}

	public long countWithDemoPassword() {
		return jdbc.sql("SELECT count(*) FROM users WHERE demo_password AND enabled").query(Long.class).single();
	}

	public long countAdministratorsWithoutTotp() {
		return jdbc.sql("""
				SELECT count(DISTINCT u.id) FROM users u JOIN user_roles r ON r.user_id = u.id
				 JOIN roles ro ON ro.code = r.role_code
				WHERE ro.administrative AND u.enabled AND NOT u.totp_enabled""").query(Long.class).single();
	}

	public void setEnabled(long id, boolean enabled) {
		signIns.forgetAll();
		jdbc.sql("UPDATE users SET enabled = ?, updated_at = now(), version = version + 1 WHERE id = ?")
			.params(enabled, id)
			.update();
	}

	/** The roles of several accounts at once, for a list page. */
	public Map<Long, Set<String>> rolesOf(Collection<Long> userIds) {
		Map<Long, Set<String>> roles = new HashMap<>();
		if (userIds.isEmpty()) {
			return roles;
		}
		jdbc.sql("SELECT user_id, role_code FROM user_roles WHERE user_id = ANY(CAST(? AS bigint[]))")
			.param(userIds.toArray(Long[]::new))
			.query((rs, row) -> roles.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(rs.getString(2)))
			.list();
		return roles;
	}

	/** Every role, with how many accounts in the given subtrees (null: all) hold it. */
	public List<Role> allRoles(List<String> pathPrefixes) {
		return jdbc.sql("""
				SELECT r.code, r.module, r.name_vi, r.name_en, r.description_vi, r.description_en, r.administrative,
				       (SELECT count(*) FROM user_roles ur JOIN users u ON u.id = ur.user_id
				          JOIN organisation_units ou ON ou.id = u.unit_id
				         WHERE ur.role_code = r.code
				           AND (CAST(:prefixes AS text[]) IS NULL OR ou.path LIKE ANY(CAST(:prefixes AS text[])))) AS holders
				  FROM roles r ORDER BY r.module, r.administrative DESC, r.code""")
			.param("prefixes", likePatterns(pathPrefixes))
			.query(Role.class)
			.list();
	}

	public Set<String> roleCodes() {
		return new TreeSet<>(jdbc.sql("SELECT code FROM roles").query(String.class).list());
	}

	public boolean usernameTaken(String username) {
		return jdbc.sql("SELECT count(*) FROM users WHERE lower(username) = lower(?)")
			.param(username)
			.query(Long.class)
			.single() > 0;
	}

	public boolean emailTaken(String email, Long exceptId) {
		return jdbc.sql("SELECT count(*) FROM users WHERE lower(email) = lower(?) AND id <> ?")
			.params(email, exceptId == null ? -1L : exceptId)
			.query(Long.class)
			.single() > 0;
	}

	public long count() {
		return jdbc.sql("SELECT count(*) FROM users").query(Long.class).single();
	}

	private static String[] likePatterns(List<String> prefixes) {
		if (prefixes == null) {
			return null;
		}
		List<String> patterns = new ArrayList<>();
		prefixes.forEach(p -> patterns.add(p + "%"));
		return patterns.toArray(String[]::new);
	}

	private static String qualified() {
		return " " + String.join(", ", java.util.Arrays.stream(COLUMNS.split(",\\s*")).map(c -> "u." + c).toList());
	}

	static UserAccount map(ResultSet rs, int row) throws SQLException {
		Timestamp locked = rs.getTimestamp("locked_until");
		Timestamp last = rs.getTimestamp("last_login_at");
		return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("full_name"),
				rs.getString("email"), rs.getString("phone"), rs.getLong("unit_id"), rs.getString("password_hash"),
				rs.getBoolean("demo_password"), rs.getBoolean("enabled"), rs.getInt("failed_logins"),
				locked == null ? null : locked.toInstant(), last == null ? null : last.toInstant(),
				rs.getString("totp_secret"), rs.getBoolean("totp_enabled"), rs.getInt("version"));
	}
}
