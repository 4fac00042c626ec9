package org.govict.personnel;

import org.govict.platform.security.ApiScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API scopes of the personnel registry that a personal API token may carry. */
@Configuration(proxyBeanMethods = false)
class PersonnelApiScopes {

	@Bean
	ApiScope personnelRead() {
		return new ApiScope(PersonnelExchange.READ_SCOPE, "scope.personnel.read");
	}

	@Bean
	ApiScope personnelWrite() {
		return new ApiScope(PersonnelExchange.WRITE_SCOPE, "scope.personnel.write");
	}
}
