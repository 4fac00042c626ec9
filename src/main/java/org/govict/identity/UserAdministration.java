package org.govict.identity;

import java.util.Map;

import org.govict.audit.AuditRecord;
import org.govict.audit.AuditTrail;
import org.govict.identity.internal.UserAccount;
import org.govict.identity.internal.UserAccounts;
import org.govict.organisation.Organisation;
import org.govict.platform.web.RuleViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opening and managing user accounts; every change is audited, and no password or secret is ever logged. */
@Service
public class UserAdministration {

	static final String MODULE = "identity";

	private final UserAccounts accounts;

	private final Organisation organisation;

	private final PasswordEncoder passwords;

	private final AuditTrail audit;

	UserAdministration(UserAccounts accounts, Organisation organisation, PasswordEncoder passwords, AuditTrail audit) {
		this.accounts = accounts;
		this.organisation = organisation;
		this.passwords = passwords;
		this.audit = audit;
	}

	/**
	 * Opens an account. A demo password is one the platform ships with: the prod profile refuses to start while
	 * any account still has one.
	 */
	@Transactional
	public long open(NewUser user, String password, boolean demoPassword) {
		organisation.get(user.unitId());
		if (accounts.usernameTaken(user.username())) {
			throw new RuleViolationException("identity.usernameTaken");
		}
		long id = accounts.create(new UserAccount(null, user.username(), user.fullName(), user.email(), user.phone(),
				user.unitId(), passwords.encode(password), demoPassword, true, 0, null, null, null, false, 0));
		accounts.replaceRoles(id, user.roles());
		accounts.replaceGrantedUnits(id, user.grantedUnitIds());
		audit.record(AuditRecord.created(MODULE, "User", id, user.unitId(),
				Map.of("username", user.username(), "fullName", user.fullName(), "roles", user.roles(),
						"grantedUnitIds", user.grantedUnitIds())));
		return id;
	}

	@Transactional(readOnly = true)
	public long count() {
		return accounts.count();
	}
}
