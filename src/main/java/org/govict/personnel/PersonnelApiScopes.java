package org.govict.personnel;

import java.util.Set;

import org.govict.platform.security.ApiScope;
import org.govict.platform.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API scopes of the personnel registry that a personal API token may carry. Pulling records is for the systems
 * of HR officers and of the ministry level; syncing records in is for those who may change records.
 */
@Configuration(proxyBeanMethods = false)
class PersonnelApiScopes {

	@Bean
	ApiScope personnelRead() {
		return new ApiScope(PersonnelExchange.READ_SCOPE, "scope.personnel.read",
				Set.of(PersonnelRegistry.HR_OFFICER, PersonnelRegistry.NATIONAL, Roles.SYSTEM_ADMIN));
	}

	@Bean
	ApiScope personnelWrite() {
		return new ApiScope(PersonnelExchange.WRITE_SCOPE, "scope.personnel.write",
				Set.of(PersonnelRegistry.HR_OFFICER, Roles.SYSTEM_ADMIN));
	}
}
