package org.govict.platform.web;

import java.beans.PropertyEditorSupport;

import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Drops the null character (U+0000) from every text a request brings, form field or JSON. A browser sends it when
 * it is pasted into a field, JSON can escape it, and PostgreSQL refuses it in text: left in, it would fail the
 * request on its way to the database instead of being served.
 */
@ControllerAdvice
class NullCharacters {

	@InitBinder
	void dropFromFormFields(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new PropertyEditorSupport() {

			@Override
			public void setAsText(String text) {
				setValue(withoutNulls(text));
			}
		});
	}

	@Bean
	static JacksonModule nullCharactersDroppedFromJson() {
		return new SimpleModule("null-characters-dropped").addDeserializer(String.class, new StringDeserializer() {

			@Override
			public String deserialize(JsonParser parser, DeserializationContext context) {
				return withoutNulls(super.deserialize(parser, context));
			}
		});
	}

	static String withoutNulls(String text) {
		return text == null || text.indexOf('\0') < 0 ? text : text.replace("\0", "");
	}
}
