package org.govict.platform.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

/**
 * Every label and message comes from {@code messages_vi.properties} and {@code messages_en.properties}. There is
 * deliberately no language-neutral {@code messages.properties}: a key missing from either file is a defect, which
 * a test catches, rather than a silent fallback.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

	@Bean
	MessageSource messageSource() {
		ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
		messages.setBasename("classpath:messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setDefaultLocale(Locale.forLanguageTag("vi"));
		messages.setFallbackToSystemLocale(false);
		messages.setCacheSeconds(-1);
		return messages;
	}
}
