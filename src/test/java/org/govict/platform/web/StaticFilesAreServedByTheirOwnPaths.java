package org.govict.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.govict.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The static files are served under their own paths (StaticResources): the WebJars by version or without it (the
 * page links the versioned one), the platform's CSS, script and icon.
 */
@IntegrationTest
class StaticFilesAreServedByTheirOwnPaths {

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void theFilesAPageLinksAreServed() throws Exception {
		String page = get("/login").body();
		assertThat(page).containsPattern("href=\"/webjars/bootstrap/\\d+\\.\\d+\\.\\d+/css/bootstrap\\.min\\.css\"")
			.containsPattern("src=\"/webjars/htmx\\.org/\\d+\\.\\d+\\.\\d+/dist/htmx\\.min\\.js\"")
			.contains("href=\"/css/govict.css\"", "src=\"/js/govict.js\"", "href=\"/favicon.svg\"");
		String css = page.replaceAll("(?s).*href=\"(/webjars/bootstrap/[^\"]+)\".*", "$1");
		assertThat(get(css).statusCode()).isEqualTo(200);
		assertThat(get(css).body()).contains("Bootstrap");
		assertThat(get("/webjars/bootstrap/css/bootstrap.min.css").statusCode()).isEqualTo(200);
		assertThat(get("/css/govict.css").statusCode()).isEqualTo(200);
		assertThat(get("/js/govict.js").statusCode()).isEqualTo(200);
		assertThat(get("/favicon.svg").body()).contains("<svg");
	}
}
