package org.govict.identity;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What an administrator enters to open or change an account. {@code username} and {@code password} count only
 * when opening one; {@code version} guards against overwriting another administrator's edit; {@code enabled}
 * left empty keeps the account as it is (open accounts start enabled).
 */
public record UserForm(@Size(max = 60) String username,
		@NotBlank(message = "{validation.required}") @Size(max = 200) String fullName,
		@NotBlank(message = "{validation.required}") @Email(message = "{validation.email}") @Size(max = 254) String email,
		@Size(max = 30) String phone, @NotNull(message = "{validation.required}") Long unitId, Set<String> roles,
		Set<Long> grantedUnitIds, Boolean enabled, @Size(max = 128) String password, Integer version) {

	/** Usernames: lower-case unaccented letters, digits, dots, underscores and hyphens. */
	public static final String USERNAME_PATTERN = "[a-z0-9._-]{3,60}";

	public static UserForm empty(Long unitId) {
		return new UserForm("", "", "", "", unitId, Set.of(), Set.of(), true, "", null);
	}

	public static UserForm of(UserProfile user) {
		return new UserForm(user.username(), user.fullName(), user.email(), user.phone(), user.unitId(), user.roles(),
				user.grantedUnitIds(), user.enabled(), "", user.version());
	}

	UserForm normalised() {
		return new UserForm(username == null ? null : username.strip().toLowerCase(Locale.ROOT), strip(fullName),
				strip(email), blankToNull(phone), unitId, roles == null ? Set.of() : new TreeSet<>(roles),
				grantedUnitIds == null ? Set.of() : new TreeSet<>(grantedUnitIds), enabled, password, version);
	}

	private static String strip(String text) {
		return text == null ? null : text.strip();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
