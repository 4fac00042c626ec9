package org.govict.feedback.web;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.xml.JacksonXmlHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The XML module is on the class path for Open311, which writes its XML itself. Spring MVC would otherwise add an
 * XML converter for every controller and answer a browser's {@code Accept: ...application/xml;q=0.9} in XML: the
 * platform's API stays JSON only.
 */
@Configuration(proxyBeanMethods = false)
class Open311XmlConfiguration implements WebMvcConfigurer {

	@Override
	public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
		converters.removeIf(JacksonXmlHttpMessageConverter.class::isInstance);
	}
}
