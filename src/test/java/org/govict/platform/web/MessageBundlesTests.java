package org.govict.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** Every label exists in both languages: a key in one bundle and not the other fails the build. */
class MessageBundlesTests {

	@Test
	void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
		Set<String> vi = keys("messages_vi.properties");
		Set<String> en = keys("messages_en.properties");
		Set<String> onlyVi = new TreeSet<>(vi);
		onlyVi.removeAll(en);
		Set<String> onlyEn = new TreeSet<>(en);
		onlyEn.removeAll(vi);
		assertThat(onlyVi).as("keys missing from messages_en.properties").isEmpty();
		assertThat(onlyEn).as("keys missing from messages_vi.properties").isEmpty();
		assertThat(vi).contains("login.title", "error.404.title");
	}

	@Test
	void noMessageIsBlank() throws IOException {
		for (String bundle : new String[] { "messages_vi.properties", "messages_en.properties" }) {
			Properties properties = load(bundle);
			assertThat(properties.stringPropertyNames())
				.as("blank messages in " + bundle)
				.noneMatch(key -> properties.getProperty(key).isBlank());
		}
	}

	@Test
	void everyMessageIsAValidPatternAndCountsReadInTheRightNumber() throws IOException {
		for (String bundle : new String[] { "messages_vi.properties", "messages_en.properties" }) {
			Properties properties = load(bundle);
			for (String key : properties.stringPropertyNames()) {
				String pattern = properties.getProperty(key);
				if (pattern.contains("{0")) {
					assertThat(new MessageFormat(pattern, Locale.ROOT).format(new Object[] { 1, 2, 3, 4 }))
						.as(key + " in " + bundle).isNotBlank();
				}
			}
		}
		Properties en = load("messages_en.properties");
		MessageFormat results = new MessageFormat(en.getProperty("personnel.records.results"), Locale.ENGLISH);
		assertThat(results.format(new Object[] { 0L })).isEqualTo("No records found");
		assertThat(results.format(new Object[] { 1L })).isEqualTo("1 record found");
		assertThat(results.format(new Object[] { 1234L })).isEqualTo("1,234 records found");
	}

	private static Set<String> keys(String bundle) throws IOException {
		return new TreeSet<>(load(bundle).stringPropertyNames());
	}

	private static Properties load(String bundle) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageBundlesTests.class.getClassLoader().getResourceAsStream(bundle)) {
			assertThat(in).as(bundle + " on the classpath").isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}
}
