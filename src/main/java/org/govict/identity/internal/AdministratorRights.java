package org.govict.identity.internal;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.govict.platform.security.Roles;

/**
 * What one administrator may do to other accounts. A system administrator may do anything; a unit
 * administrator works only within their scope (checked against the organisation tree by the caller), may hand
 * out every role but system administrator, and may not touch a system administrator's account. Nobody may
 * disable their own account, so that an administrator cannot lock themselves out by mistake.
 */
public record AdministratorRights(Long actorUserId, boolean systemAdministrator, boolean unitAdministrator) {

	public boolean administersUsers() {
		return systemAdministrator || unitAdministrator;
	}

	public boolean mayGrant(String role) {
		return systemAdministrator || (unitAdministrator && !Roles.SYSTEM_ADMIN.equals(role));
	}

	/** The requested roles this administrator may not hand out; empty when all are allowed. */
	public Set<String> refusedGrants(Collection<String> requested) {
		Set<String> refused = new TreeSet<>();
		requested.stream().filter(role -> !mayGrant(role)).forEach(refused::add);
		return refused;
	}

	/** Whether the administrator may change the account of a user holding these roles. */
	public boolean mayChangeHolderOf(Collection<String> rolesOfTarget) {
		return systemAdministrator || (unitAdministrator && !rolesOfTarget.contains(Roles.SYSTEM_ADMIN));
	}

	public boolean mayDisable(long targetUserId) {
		return !Objects.equals(actorUserId, targetUserId);
	}
}
