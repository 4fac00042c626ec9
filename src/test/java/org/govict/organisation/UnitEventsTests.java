package org.govict.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;

import org.awaitility.Awaitility;
import org.govict.platform.security.SystemAccess;
import org.govict.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * Events of the organisation module reach other modules' listeners through the JDBC event publication registry
 * (the outbox): each publication is recorded with the change and completed once its listener has run.
 */
@IntegrationTest
@Import(UnitEventsTests.Listener.class)
class UnitEventsTests {

	@Autowired
	Organisation organisation;

	@Autowired
	Listener listener;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCreatedUnitIsAnnouncedThroughTheOutbox() {
		long parent = organisation.findByCodeUnscoped("BNV").orElseThrow().id();
		OrganisationUnit unit = SystemAccess.call(() -> organisation
			.create(new UnitForm("EVT-1", "Phòng Sự kiện", null, UnitKind.DIVISION, parent, null, null, null, null)));

		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> listener.heard(unit.id()));
		// Completed publications are removed from the registry (completion mode "delete"); none stays open.
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jdbc
			.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND event_type LIKE '%UnitCreated'")
			.query(Long.class)
			.single() == 0);
	}

	@TestConfiguration
	static class Listener {

		private final CopyOnWriteArrayList<Long> created = new CopyOnWriteArrayList<>();

		/** A method, not the field: the listener is a proxy (asynchronous and transactional). */
		boolean heard(long unitId) {
			return created.contains(unitId);
		}

		@ApplicationModuleListener
		void on(UnitCreated event) {
			created.add(event.unitId());
		}
	}
}
