package org.govict.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Settings of the whole platform: the address users reach it at, for links in e-mail. */
@ConfigurationProperties("govict")
public record PlatformSettings(@DefaultValue("http://localhost:8080") String baseUrl) {
}
