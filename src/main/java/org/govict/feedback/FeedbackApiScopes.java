package org.govict.feedback;

import java.util.Set;

import org.govict.platform.security.ApiScope;
import org.govict.platform.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API scopes of the feedback desk that an API key (a personal API token) may carry. */
@Configuration(proxyBeanMethods = false)
class FeedbackApiScopes {

	/** The key of an Open311 application: any account may have one, as the public may submit. */
	@Bean
	ApiScope open311Submit() {
		return new ApiScope(ServiceRequests.SUBMIT_SCOPE, "scope.open311.submit");
	}

	/** Cases forwarded by another system (the public-service portal, a hotline), entered as the desk's staff would. */
	@Bean
	ApiScope feedbackIntake() {
		return new ApiScope(CaseHandling.INTAKE_SCOPE, "scope.feedback.intake",
				Set.of(CaseHandling.OFFICER, CaseHandling.PARTNER_SYSTEM, Roles.SYSTEM_ADMIN));
	}
}
