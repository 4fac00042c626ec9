package org.govict.inventory.agent;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The agents' endpoints carry no user session or CSRF token: they are open to the filter chain, sessionless, and
 * {@link AgentGate} decides who may send. Their chain keeps none of the filters a browser's request needs (security
 * headers, logout, anonymous user, saved requests): a fleet sends thousands of small XML requests, answered in XML.
 */
@Configuration(proxyBeanMethods = false)
class AgentSecurityConfiguration {

	@Bean
	@Order(-10)
	SecurityFilterChain inventoryAgents(HttpSecurity http) throws Exception {
		http.securityMatcher("/inventory/agent", "/api/v1/inventory/agent")
			.authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.headers(headers -> headers.disable())
			.logout(logout -> logout.disable())
			.anonymous(anonymous -> anonymous.disable())
			.servletApi(servletApi -> servletApi.disable());
		return http.build();
	}
}
