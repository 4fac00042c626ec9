package org.govict.identity;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.govict.platform.security.DataScope;
import org.govict.platform.security.ScopedPrincipal;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user: account, roles and data scope, kept in the (database-backed) session. */
public final class GovIctUser implements UserDetails, CredentialsContainer, ScopedPrincipal {

	private final Long userId;

	private final String username;

	private String passwordHash;

	private final String fullName;

	private final Long unitId;

	private final boolean enabled;

	private final boolean locked;

	private final Set<String> roles;

	private final DataScope dataScope;

	private final boolean totpEnabled;

	public GovIctUser(Long userId, String username, String passwordHash, String fullName, Long unitId,
			boolean enabled, boolean locked, Set<String> roles, DataScope dataScope, boolean totpEnabled) {
		this.userId = userId;
		this.username = username;
		this.passwordHash = passwordHash;
		this.fullName = fullName;
		this.unitId = unitId;
		this.enabled = enabled;
		this.locked = locked;
		this.roles = Set.copyOf(roles);
		this.dataScope = dataScope;
		this.totpEnabled = totpEnabled;
	}

	@Override
	public Long userId() {
		return userId;
	}

	@Override
	public String fullName() {
		return fullName;
	}

	/** For templates: {@code principal.fullName}. */
	public String getFullName() {
		return fullName;
	}

	public Long unitId() {
		return unitId;
	}

	public Set<String> roles() {
		return roles;
	}

	public boolean hasRole(String role) {
		return roles.contains(role);
	}

	public boolean totpEnabled() {
		return totpEnabled;
	}

	@Override
	public DataScope dataScope() {
		return dataScope;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = roles.stream()
			.map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r))
			.toList();
		return authorities;
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof GovIctUser user && user.username.equals(username);
	}

	@Override
	public int hashCode() {
		return username.hashCode();
	}

	@Override
	public String toString() {
		return "GovIctUser[" + username + "]";
	}
}
