package org.govict.browser;

import org.govict.support.Browser;
import org.govict.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser test: the whole application on a random port and one headless Chromium for the test class, skipped
 * with a message where Chromium is not installed.
 */
@IntegrationTest
abstract class BrowserTest {

	static Browser browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() {
		browser = Browser.start();
	}

	@AfterAll
	static void quitBrowser() {
		if (browser != null) {
			browser.close();
			browser = null;
		}
	}
}
