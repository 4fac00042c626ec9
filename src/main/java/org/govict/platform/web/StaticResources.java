package org.govict.platform.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * The platform's static files: the WebJars (Bootstrap, its icons, htmx) and its own CSS, scripts and icon, each under
 * its own path, in place of Spring Boot's catch-all "/**" mapping (turned off by spring.web.resources.add-mappings).
 * With the catch-all, every link written on a page was looked up on the classpath in case it named a static file, in
 * each of five places, on every request: half the time of a page (spring-framework issue 27538). Now only links
 * under these paths are resolved, and each once: the resolved WebJars versions are cached.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
		registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/").resourceChain(true);
		registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").resourceChain(true);
		registry.addResourceHandler("/favicon.svg").addResourceLocations("classpath:/static/").resourceChain(true);
	}
}
