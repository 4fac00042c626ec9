package org.govict.identity;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.govict.identity.internal.AccountDetailsService;
import org.govict.identity.internal.UserAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whom to write to about a unit's work: the enabled accounts with an e-mail address that hold a role in a unit, as
 * its members or because they were granted its subtree. For the notices other modules send (escalations, digests);
 * it answers with addresses, never with sign-in data: the one account it gives out, for work done on a staff member's
 * behalf, comes without credentials.
 */
@Service
public class StaffDirectory {

	private final JdbcClient jdbc;

	private final UserAccounts accounts;

	private final AccountDetailsService principals;

	StaffDirectory(JdbcClient jdbc, UserAccounts accounts, AccountDetailsService principals) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.principals = principals;
	}

	/**
	 * The staff member who owns an e-mail address (compared without case), for work done on their behalf outside a
	 * request, such as a mail they wrote to the service desk: their roles and scope as at sign-in, without their
	 * credentials. Empty for an unknown address and for a disabled or locked account.
	 */
	@Transactional(readOnly = true)
	public Optional<GovIctUser> accountWithEmail(String email) {
		if (email == null || email.isBlank()) {
			return Optional.empty();
		}
		return accounts.findByEmail(email.strip())
			.filter(a -> a.enabled() && !a.isLocked(Instant.now()))
			.map(principals::principalOf)
			.map(user -> {
				user.eraseCredentials();
				return user;
			});
	}

	/** A person to write to, in the language they chose, with the path of their own unit. */
	public record StaffContact(long userId, String email, String fullName, String language, String unitPath) {
	}

	/** The accounts holding one of {@code roles} in the unit: its members, or granted its subtree. */
	@Transactional(readOnly = true)
	public List<StaffContact> holdingRoleIn(long unitId, Collection<String> roles) {
		return jdbc.sql("""
				SELECT DISTINCT u.id, u.email, u.full_name, u.preferred_language, ou.path
				  FROM users u
				  JOIN user_roles r ON r.user_id = u.id
				  JOIN organisation_units ou ON ou.id = u.unit_id
				 WHERE u.enabled AND u.email IS NOT NULL AND u.email <> ''
				   AND r.role_code = ANY(CAST(:roles AS text[]))
				   AND (u.unit_id = :unit OR EXISTS (SELECT 1 FROM user_scopes s WHERE s.user_id = u.id AND s.unit_id = :unit))
				 ORDER BY u.id""")
			.param("roles", roles.toArray(String[]::new))
			.param("unit", unitId)
			.query((rs, n) -> new StaffContact(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.list();
	}

	/** The accounts holding the role in whatever unit, each with the path of their own unit. */
	@Transactional(readOnly = true)
	public List<StaffContact> holdingRole(String role) {
		return jdbc.sql("""
				SELECT u.id, u.email, u.full_name, u.preferred_language, ou.path
				  FROM users u
				  JOIN user_roles r ON r.user_id = u.id AND r.role_code = ?
				  JOIN organisation_units ou ON ou.id = u.unit_id
				 WHERE u.enabled AND u.email IS NOT NULL AND u.email <> ''
				 ORDER BY u.id""")
			.param(role)
			.query((rs, n) -> new StaffContact(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.list();
	}
}
