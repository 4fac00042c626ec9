package org.govict.feedback;

import org.govict.platform.security.ApiScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API scope of the feedback desk that an API key (a personal API token) may carry. */
@Configuration(proxyBeanMethods = false)
class FeedbackApiScopes {

	@Bean
	ApiScope open311Submit() {
		return new ApiScope(ServiceRequests.SUBMIT_SCOPE, "scope.open311.submit");
	}
}
