package org.govict.identity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.validation.Validator;
import org.govict.audit.AuditRecord;
import org.govict.audit.AuditTrail;
import org.govict.identity.internal.AdministratorRights;
import org.govict.identity.internal.ApiTokens;
import org.govict.identity.internal.PasswordPolicy;
import org.govict.identity.internal.UserAccount;
import org.govict.identity.internal.UserAccounts;
import org.govict.organisation.Organisation;
import org.govict.organisation.OrganisationUnit;
import org.govict.platform.security.CurrentUser;
import org.govict.platform.security.DataScope;
import org.govict.platform.security.Roles;
import org.govict.platform.security.ScopedPrincipal;
import org.govict.platform.web.InvalidInputException;
import org.govict.platform.web.NotFoundException;
import org.govict.platform.web.RuleViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Opening and managing user accounts. System administrators manage every account; unit administrators only
 * the accounts in their scope (any other is "not found"), and they never hand out nor touch the system
 * administrator role. Every change is audited, and no password or secret is ever logged.
 */
@Service
public class UserAdministration {

	static final String MODULE = "identity";

	static final String RECORD = "User";

	private static final Pattern USERNAME = Pattern.compile(UserForm.USERNAME_PATTERN);

	private final UserAccounts accounts;

	private final ApiTokens tokens;

	private final Organisation organisation;

	private final PasswordEncoder passwords;

	private final PasswordPolicy policy;

	private final AuditTrail audit;

	private final SpringValidatorAdapter validator;

	UserAdministration(UserAccounts accounts, ApiTokens tokens, Organisation organisation, PasswordEncoder passwords,
			PasswordPolicy policy, AuditTrail audit, Validator validator) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.organisation = organisation;
		this.passwords = passwords;
		this.policy = policy;
		this.audit = audit;
		this.validator = new SpringValidatorAdapter(validator);
	}

	// ---- Reading, within the caller's scope ----

	/** Accounts in the caller's scope (or in one unit's subtree), matching a name, username or e-mail. */
	@Transactional(readOnly = true)
	public UserPage search(String text, Long unitId, int page, int size) {
		requireAdministrator();
		String query = text == null || text.isBlank() ? null : text.strip();
		List<String> prefixes;
		if (unitId != null) {
			Optional<OrganisationUnit> unit = organisation.find(unitId);
			if (unit.isEmpty()) {
				return new UserPage(List.of(), page, size, 0);
			}
			prefixes = List.of(unit.get().path());
		}
		else {
			DataScope scope = CurrentUser.scope();
			if (scope.coversNothing()) {
				return new UserPage(List.of(), page, size, 0);
			}
			prefixes = scope.unrestricted() ? null : organisation.pathPrefixes(scope);
		}
		List<UserAccount> found = accounts.search(query, prefixes, page * size, size);
		Map<Long, Set<String>> roles = accounts.rolesOf(found.stream().map(UserAccount::id).toList());
		List<UserSummary> content = found.stream()
			.map(a -> new UserSummary(a.id(), a.username(), a.fullName(), a.email(), a.unitId(),
					roles.getOrDefault(a.id(), Set.of()), a.enabled(), a.lockedUntil(), a.lastLoginAt()))
			.toList();
		return new UserPage(content, page, size, accounts.count(query, prefixes));
	}

	/** The account, for an administrator whose scope holds it. */
	@Transactional(readOnly = true)
	public UserProfile get(long id) {
		requireAdministrator();
		return profileOf(findInScope(id));
	}

	/** The account, shown to a person: reading someone's personal data is itself recorded on the audit trail. */
	@Transactional
	public UserProfile view(long id) {
		UserProfile user = get(id);
		audit.record(AuditRecord.viewed(MODULE, RECORD, id, user.unitId()));
		return user;
	}

	/** Every role, with how many accounts in the caller's scope hold it. */
	@Transactional(readOnly = true)
	public List<Role> roles() {
		requireAdministrator();
		DataScope scope = CurrentUser.scope();
		return accounts.allRoles(scope.unrestricted() ? null : organisation.pathPrefixes(scope));
	}

	/** The roles the caller may hand out. */
	@Transactional(readOnly = true)
	public List<Role> grantableRoles() {
		AdministratorRights rights = requireAdministrator();
		return roles().stream().filter(r -> rights.mayGrant(r.code())).toList();
	}

	/** The active units the caller may put accounts in, in tree order. */
	@Transactional(readOnly = true)
	public List<OrganisationUnit> assignableUnits() {
		requireAdministrator();
		return organisation.visibleUnits(true).stream().filter(organisation::canManage).toList();
	}

	/** Whether the caller may change this account (a unit administrator may only look at a system administrator's). */
	public boolean mayChange(UserProfile user) {
		return rights().mayChangeHolderOf(user.roles());
	}

	public boolean mayDisable(UserProfile user) {
		return mayChange(user) && rights().mayDisable(user.id());
	}

	@Transactional(readOnly = true)
	public long count() {
		return accounts.count();
	}

	// ---- Changing ----

	/**
	 * Opens an account. A demo password is one the platform ships with: it skips the password policy, and the
	 * prod profile refuses to start while any account still has one.
	 */
	@Transactional
	public long open(NewUser user, String password, boolean demoPassword) {
		return open(new UserForm(user.username(), user.fullName(), user.email(), user.phone(), user.unitId(),
				user.roles(), user.grantedUnitIds(), true, password, null), demoPassword).id();
	}

	/** Opens an account with the initial password the administrator chose; it must meet the password policy. */
	@Transactional
	public UserProfile open(UserForm input) {
		return open(input, false);
	}

	private UserProfile open(UserForm input, boolean demoPassword) {
		AdministratorRights rights = requireAdministrator();
		UserForm form = input.normalised();
		BeanPropertyBindingResult errors = errorsOf(form);
		if (!errors.hasFieldErrors("username")) {
			if (form.username() == null || form.username().isEmpty()) {
				errors.rejectValue("username", "validation.required");
			}
			else if (!USERNAME.matcher(form.username()).matches()) {
				errors.rejectValue("username", "users.username.pattern");
			}
			else if (accounts.usernameTaken(form.username())) {
				errors.rejectValue("username", "identity.usernameTaken");
			}
		}
		if (form.password() == null || form.password().isEmpty()) {
			errors.rejectValue("password", "validation.required");
		}
		else if (!demoPassword) {
			policy.check(form.username(), form.password()).forEach(key -> errors.rejectValue("password", key));
		}
		checkProfile(form, null, rights, errors);
		if (errors.hasErrors()) {
			throw new InvalidInputException(errors);
		}
		long id = accounts.create(new UserAccount(null, form.username(), form.fullName(), form.email(), form.phone(),
				form.unitId(), passwords.encode(form.password()), demoPassword,
				form.enabled() == null || form.enabled(), 0, null, null, null, false, 0));
		accounts.replaceRoles(id, form.roles());
		accounts.replaceGrantedUnits(id, form.grantedUnitIds());
		UserAccount created = accounts.find(id).orElseThrow();
		audit.record(AuditRecord.created(MODULE, RECORD, id, created.unitId(), snapshot(created)));
		return profileOf(created);
	}

	/** Changes the profile, unit, roles, extra scopes and status; the username and password stay. */
	@Transactional
	public UserProfile update(long id, UserForm input) {
		AdministratorRights rights = requireAdministrator();
		UserAccount before = findInScope(id);
		requireChangeable(rights, before);
		Map<String, Object> was = snapshot(before);
		UserForm form = input.normalised();
		BeanPropertyBindingResult errors = errorsOf(form);
		checkProfile(form, before, rights, errors);
		if (errors.hasErrors()) {
			throw new InvalidInputException(errors);
		}
		boolean enabled = form.enabled() == null ? before.enabled() : form.enabled();
		int version = form.version() == null ? before.version() : form.version();
		if (!accounts.updateProfile(new UserAccount(id, before.username(), form.fullName(), form.email(), form.phone(),
				form.unitId(), null, before.demoPassword(), enabled, before.failedLogins(), before.lockedUntil(),
				before.lastLoginAt(), null, before.totpEnabled(), version))) {
			throw new RuleViolationException("validation.stale");
		}
		accounts.replaceRoles(id, form.roles());
		accounts.replaceGrantedUnits(id, form.grantedUnitIds());
		UserAccount after = accounts.find(id).orElseThrow();
		audit.record(AuditRecord.changed(MODULE, RECORD, id, after.unitId(), was, snapshot(after)));
		return profileOf(after);
	}

	/** Lifts a lock-out after too many wrong passwords. */
	@Transactional
	public void unlock(long id) {
		UserAccount account = changeable(id);
		accounts.unlock(id);
		Map<String, Object> before = new LinkedHashMap<>();
		before.put("failedLogins", account.failedLogins());
		before.put("lockedUntil", account.lockedUntil() == null ? null : account.lockedUntil().toString());
		audit.record(AuditRecord.action(MODULE, "UNLOCK", RECORD, id, account.unitId(), before,
				Map.of("failedLogins", 0)));
	}

	@Transactional
	public void disable(long id) {
		AdministratorRights rights = requireAdministrator();
		UserAccount account = changeable(id);
		if (!rights.mayDisable(id)) {
			throw new RuleViolationException("users.rule.cannotDisableSelf");
		}
		accounts.setEnabled(id, false);
		audit.record(AuditRecord.action(MODULE, "DISABLE", RECORD, id, account.unitId(),
				Map.of("enabled", account.enabled()), Map.of("enabled", false)));
	}

	@Transactional
	public void enable(long id) {
		UserAccount account = changeable(id);
		accounts.setEnabled(id, true);
		audit.record(AuditRecord.action(MODULE, "ENABLE", RECORD, id, account.unitId(),
				Map.of("enabled", account.enabled()), Map.of("enabled", true)));
	}

	/**
	 * Sets a new password chosen by an administrator, under the password policy; it is no longer a demo
	 * password, and a lock-out ends with it. Errors name the field {@code password} of {@code passwordForm}.
	 */
	@Transactional
	public void setPassword(long id, String password) {
		UserAccount account = changeable(id);
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(new PasswordInput(password), "passwordForm");
		if (password == null || password.isEmpty()) {
			errors.rejectValue("password", "validation.required");
		}
		else {
			policy.check(account.username(), password).forEach(key -> errors.rejectValue("password", key));
		}
		if (errors.hasErrors()) {
			throw new InvalidInputException(errors);
		}
		accounts.changePassword(id, passwords.encode(password), false);
		audit.record(AuditRecord.action(MODULE, "SET_PASSWORD", RECORD, id, account.unitId(), null, null));
	}

	/** Only for naming the field at fault. */
	public record PasswordInput(String password) {
	}

	// ---- Rules ----

	private void checkProfile(UserForm form, UserAccount before, AdministratorRights rights,
			BeanPropertyBindingResult errors) {
		Long id = before == null ? null : before.id();
		if (!errors.hasFieldErrors("email") && form.email() != null && accounts.emailTaken(form.email(), id)) {
			errors.rejectValue("email", "users.emailTaken");
		}
		if (form.unitId() != null && (before == null || !form.unitId().equals(before.unitId()))) {
			Optional<OrganisationUnit> unit = organisation.find(form.unitId());
			if (unit.isEmpty() || !organisation.canManage(unit.get())) {
				errors.rejectValue("unitId", "users.unit.outsideScope");
			}
			else if (!unit.get().active()) {
				errors.rejectValue("unitId", "users.unit.inactive");
			}
		}
		Set<String> known = accounts.roleCodes();
		List<String> unknown = form.roles().stream().filter(r -> !known.contains(r)).toList();
		Set<String> refused = rights.refusedGrants(form.roles());
		if (!unknown.isEmpty()) {
			errors.rejectValue("roles", "users.role.unknown", new Object[] { String.join(", ", unknown) }, null);
		}
		else if (!refused.isEmpty()) {
			errors.rejectValue("roles", "users.role.notGrantable", new Object[] { String.join(", ", refused) }, null);
		}
		Collection<Long> outside = form.grantedUnitIds()
			.stream()
			.filter(unitId -> organisation.find(unitId).filter(organisation::canManage).isEmpty())
			.toList();
		if (!outside.isEmpty()) {
			errors.rejectValue("grantedUnitIds", "users.grantedUnits.outsideScope");
		}
		if (before != null && Boolean.FALSE.equals(form.enabled()) && before.enabled()
				&& !rights.mayDisable(before.id())) {
			errors.rejectValue("enabled", "users.rule.cannotDisableSelf");
		}
	}

	private BeanPropertyBindingResult errorsOf(UserForm form) {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "userForm");
		validator.validate(form, errors);
		return errors;
	}

	private UserAccount findInScope(long id) {
		DataScope scope = CurrentUser.scope();
		return accounts.find(id)
			.filter(account -> organisation.isWithinScope(account.unitId(), scope))
			.orElseThrow(() -> new NotFoundException(RECORD, id));
	}

	private UserAccount changeable(long id) {
		AdministratorRights rights = requireAdministrator();
		UserAccount account = findInScope(id);
		requireChangeable(rights, account);
		return account;
	}

	private void requireChangeable(AdministratorRights rights, UserAccount account) {
		if (!rights.mayChangeHolderOf(accounts.roles(account.id()))) {
			throw new AccessDeniedException("Not allowed to change account " + account.id());
		}
	}

	private static AdministratorRights rights() {
		return new AdministratorRights(CurrentUser.get().map(ScopedPrincipal::userId).orElse(null),
				CurrentUser.hasRole(Roles.SYSTEM_ADMIN), CurrentUser.hasRole(Roles.UNIT_ADMIN));
	}

	private static AdministratorRights requireAdministrator() {
		AdministratorRights rights = rights();
		if (!rights.administersUsers()) {
			throw new AccessDeniedException("Only administrators manage accounts");
		}
		return rights;
	}

	private UserProfile profileOf(UserAccount a) {
		Instant now = Instant.now();
		int activeTokens = (int) tokens.ofUser(a.id()).stream().filter(t -> t.usable(now)).count();
		return new UserProfile(a.id(), a.username(), a.fullName(), a.email(), a.phone(), a.unitId(),
				accounts.roles(a.id()), accounts.grantedUnits(a.id()), a.enabled(), a.failedLogins(), a.lockedUntil(),
				a.lastLoginAt(), a.demoPassword(), a.totpEnabled(), activeTokens, a.version());
	}

	/** What the audit trail keeps of an account: never the password hash nor the second-factor secret. */
	private Map<String, Object> snapshot(UserAccount a) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("username", a.username());
		state.put("fullName", a.fullName());
		state.put("email", a.email());
		state.put("phone", a.phone());
		state.put("unitId", a.unitId());
		state.put("enabled", a.enabled());
		state.put("roles", new ArrayList<>(accounts.roles(a.id())));
		state.put("grantedUnitIds", new ArrayList<>(accounts.grantedUnits(a.id())));
		return state;
	}
}
