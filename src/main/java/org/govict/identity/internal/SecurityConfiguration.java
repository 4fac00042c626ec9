package org.govict.identity.internal;

import java.util.List;

import jakarta.servlet.DispatcherType;
import org.govict.platform.security.ApiScope;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.govict.platform.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Three filter chains. Open311 GeoReport v2 ({@code /open311/**}) is public and sessionless; an {@code api_key}
 * parameter, a personal API token, authenticates who submits. The API ({@code /api/**}) takes personal API tokens as {@code Authorization: Bearer} or
 * the browser session, and answers 401/403 as problem details. The pages use form sign-in with CSRF
 * protection, lock-out and session timeout.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String[] PUBLIC_PAGES = { "/login", "/password-reset", "/password-reset/**", "/css/**", "/js/**",
			"/webjars/**", "/favicon.svg", "/favicon.ico", "/error", "/actuator/health", "/actuator/health/**",
			"/actuator/prometheus", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
			// The feedback desk's public side: the form, the receipt, the status page and the published answers.
			"/feedback/new", "/feedback/receipt", "/feedback/status", "/feedback/status/information",
			"/feedback/answers",
			// The service desk's satisfaction survey, reached from the closing e-mail by its one-time token.
			"/helpdesk/survey/*" };

	/** The gate runs inside the security filter chains only, not a second time as a plain servlet filter. */
	@Bean
	FilterRegistrationBean<SecondFactorGate> secondFactorGateRegistration(SecondFactorGate gate) {
		FilterRegistrationBean<SecondFactorGate> registration = new FilterRegistrationBean<>(gate);
		registration.setEnabled(false);
		return registration;
	}
	/** The audit trail is for auditors: anyone else is refused (403) here, before any audit page is looked up. */
	static final String[] AUDIT_PAGES = { "/audit", "/audit/**" };

	/**
	 * Requests are measured once, as http.server.requests. Spring Security would otherwise wrap each of its filters
	 * in an observation of its own, which costs more than a small request's own work (an inventory agent's PROLOG).
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokens apiTokens, UserAccounts accounts,
			AccountDetailsService details, ApiProblemResponses problems, SecondFactorGate secondFactor,
			List<ApiScope> scopes, TokenSignIns signIns) throws Exception {
		ApiTokenAuthentication tokens = new ApiTokenAuthentication(apiTokens, accounts, details, scopes, signIns);
		AuthenticationFilter bearer = new AuthenticationFilter(new ProviderManager(tokens), tokens::convert);
		bearer.setSecurityContextRepository(new RequestAttributeSecurityContextRepository());
		bearer.setSuccessHandler((request, response, authentication) -> {
		});
		bearer.setFailureHandler(new AuthenticationEntryPointFailureHandler(problems));
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
			.addFilterBefore(bearer, BasicAuthenticationFilter.class)
			.addFilterBefore(secondFactor, AuthorizationFilter.class)
			.csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.requestCache(cache -> cache.disable());
		return http.build();
	}

	@Bean
	@Order(0)
	SecurityFilterChain open311(HttpSecurity http, ApiTokens apiTokens, UserAccounts accounts,
			AccountDetailsService details, List<ApiScope> scopes, TokenSignIns signIns) throws Exception {
		ApiKeyParameter keys = new ApiKeyParameter(
				new ApiTokenAuthentication(apiTokens, accounts, details, scopes, signIns));
		http.securityMatcher("/open311/**")
			.authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll())
			.addFilterBefore(keys, AuthorizationFilter.class)
			.csrf(csrf -> csrf.disable())
			.securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, SignInFailures failures, SecondFactorGate secondFactor)
			throws Exception {
		http.authorizeHttpRequests(authorize -> authorize
			.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
			.permitAll()
			.requestMatchers(PUBLIC_PAGES)
			.permitAll()
			.requestMatchers(AUDIT_PAGES)
			.hasAnyRole(Roles.AUDITOR, Roles.SYSTEM_ADMIN)
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login").failureHandler(failures).successHandler(secondFactor))
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.sessionManagement(session -> session.invalidSessionUrl("/login?expired"))
			.addFilterBefore(secondFactor, AuthorizationFilter.class)
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
						+ "style-src 'self' 'unsafe-inline'; script-src 'self'; "
						+ "frame-ancestors 'none'; form-action 'self'"))
				.referrerPolicy(referrer -> referrer
					.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}
}
