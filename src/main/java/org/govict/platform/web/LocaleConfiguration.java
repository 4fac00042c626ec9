package org.govict.platform.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Vietnamese first, English second. A choice made with {@code ?lang=} is kept in a cookie; without one, the
 * browser's or API client's {@code Accept-Language} decides, and Vietnamese is the default.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	static final List<Locale> SUPPORTED = List.of(VIETNAMESE, Locale.ENGLISH);

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("govict-lang") {
			@Override
			public void setLocale(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
					Locale locale) {
				super.setLocale(request, response, supported(locale));
			}
		};
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setDefaultLocaleFunction(LocaleConfiguration::fromAcceptLanguage);
		return resolver;
	}

	/** Only Vietnamese and English have messages; anything else falls back to Vietnamese. */
	static Locale supported(Locale locale) {
		if (locale == null) {
			return null;
		}
		return SUPPORTED.stream()
			.filter(l -> l.getLanguage().equals(locale.getLanguage()))
			.findFirst()
			.orElse(VIETNAMESE);
	}

	static Locale fromAcceptLanguage(HttpServletRequest request) {
		String header = request.getHeader("Accept-Language");
		if (header == null || header.isBlank()) {
			return VIETNAMESE;
		}
		try {
			Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
			return best != null ? best : VIETNAMESE;
		}
		catch (IllegalArgumentException malformed) {
			return VIETNAMESE;
		}
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}
}
