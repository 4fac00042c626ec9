package org.govict.demo;

import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started the demo where to open it and how to sign in. */
@Component
@Profile("demo")
class DemoGreeting {

	private static final Logger log = LoggerFactory.getLogger(DemoGreeting.class);

	@EventListener
	void greet(ApplicationReadyEvent event) {
		if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
			return;
		}
		String accounts = DemoData.USERS.stream()
			.map(u -> String.format("    %-18s / %-18s %s", u.username(), u.username(), String.join(", ", u.roles())))
			.collect(Collectors.joining("\n"));
		log.info("""

				  GovICT is running at http://localhost:{}/
				  Demo accounts (username / password, roles):
				{}
				""", web.getWebServer().getPort(), accounts);
	}
}
