package org.govict.identity.web;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.govict.identity.GovIctUser;
import org.govict.identity.Role;
import org.govict.identity.UserAdministration;
import org.govict.identity.UserForm;
import org.govict.identity.UserPage;
import org.govict.identity.UserProfile;
import org.govict.platform.security.DataScope;
import org.govict.platform.web.ApiController;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** User accounts and roles over REST, with the same rights and scope as the pages; and the caller themselves. */
@ApiController("/api/v1")
@Validated
@Tag(name = "Users and roles")
class UserApi {

	private final UserAdministration users;

	UserApi(UserAdministration users) {
		this.users = users;
	}

	/** The caller: who they are, their roles and which units' data they see. */
	record Me(long id, String username, String fullName, Long unitId, Set<String> roles, DataScope scope) {
	}

	@GetMapping("/me")
	@Operation(summary = "The signed-in user or the owner of the API token")
	Me me(@AuthenticationPrincipal GovIctUser me) {
		return new Me(me.userId(), me.getUsername(), me.fullName(), me.unitId(), me.roles(), me.dataScope());
	}

	@GetMapping("/users")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNIT_ADMIN')")
	@Operation(summary = "Accounts in the caller's scope, optionally matching a name, username or e-mail, or in one unit's subtree")
	UserPage list(@RequestParam(required = false) String q, @RequestParam(required = false) Long unitId,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		return users.search(q, unitId, page, size);
	}

	@GetMapping("/users/{id}")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNIT_ADMIN')")
	@Operation(summary = "One account; reading it is recorded on the audit trail")
	UserProfile get(@PathVariable long id) {
		return users.view(id);
	}

	@PostMapping("/users")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNIT_ADMIN')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Opens an account with an initial password that meets the password policy")
	UserProfile create(@Valid @RequestBody UserForm form) {
		return users.open(form);
	}

	@PutMapping("/users/{id}")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNIT_ADMIN')")
	@Operation(summary = "Replaces an account's profile, unit, roles and extra scope; send the version you read")
	UserProfile update(@PathVariable long id, @Valid @RequestBody UserForm form) {
		return users.update(id, form);
	}

	@GetMapping("/roles")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'UNIT_ADMIN')")
	@Operation(summary = "Every role, with how many accounts in the caller's scope hold it")
	List<Role> roles() {
		return users.roles();
	}
}
