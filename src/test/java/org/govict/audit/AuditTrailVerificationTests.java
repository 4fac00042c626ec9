package org.govict.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Statement;
import java.util.Map;

import org.govict.audit.internal.ChainVerification;
import org.govict.audit.internal.ChainVerifier;
import org.govict.support.Demo;
import org.govict.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
@AutoConfigureMockMvc
class AuditTrailVerificationTests {

	@Autowired
	AuditTrail trail;

	@Autowired
	ChainVerifier verifier;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void aTamperedEntryBreaksTheChainAtThatEntry() {
		trail.record(AuditRecord.created("audit-test", "Sample", "A-1", null, Map.of("name", "first")));
		trail.record(AuditRecord.changed("audit-test", "Sample", "A-1", null, Map.of("name", "first"),
				Map.of("name", "second")));
		trail.record(AuditRecord.deleted("audit-test", "Sample", "A-1", null, Map.of("name", "second")));
		assertThat(verifier.verify().intact()).isTrue();

		long id = jdbc.queryForObject(
				"SELECT id FROM audit_entries WHERE module = 'audit-test' AND action = 'UPDATE' ORDER BY id DESC LIMIT 1",
				Long.class);
		String original = jdbc.queryForObject("SELECT after_state FROM audit_entries WHERE id = ?", String.class, id);
		try {
			setAfterStateBypassingTriggers(id, "{\"x\":1}");
			ChainVerification broken = verifier.verify();
			assertThat(broken.intact()).isFalse();
			assertThat(broken.firstBrokenEntryId()).isEqualTo(id);
			assertThat(broken.reason()).isEqualTo(ChainVerification.HASH_MISMATCH);
		}
		finally {
			// Every integration test shares this database: leave the chain as intact as it was found.
			setAfterStateBypassingTriggers(id, original);
		}
		assertThat(verifier.verify().intact()).isTrue();
	}

	@Test
	void auditorsSearchTheTrailNewestFirst() throws Exception {
		trail.record(AuditRecord.created("audit-search", "Sample", "S-1", null, Map.of("n", 1)));
		trail.record(AuditRecord.created("audit-search", "Sample", "S-2", null, Map.of("n", 2)));
		mvc.perform(get("/api/v1/audit").param("module", "audit-search").param("size", "1")
				.with(signedIn(Demo.AUDITOR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(2))
			.andExpect(jsonPath("$.size").value(1))
			.andExpect(jsonPath("$.content[0].recordId").value("S-2"))
			.andExpect(jsonPath("$.content[0].after.n").value(2));
		mvc.perform(get("/audit").param("module", "audit-search").with(signedIn(Demo.AUDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("S-2")));
		mvc.perform(get("/audit/verify").with(signedIn(Demo.ADMIN)))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/audit/verify").with(signedIn(Demo.AUDITOR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.intact").isBoolean());
	}

	@Test
	void staffMayNotReadTheTrail() throws Exception {
		mvc.perform(get("/audit").with(signedIn(Demo.MINISTRY_STAFF))).andExpect(status().isForbidden());
		mvc.perform(get("/audit/verify").with(signedIn(Demo.MINISTRY_STAFF))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/audit").with(signedIn(Demo.MINISTRY_STAFF)))
			.andExpect(status().isForbidden());
	}

	@Test
	void theApiAsksForCredentials() throws Exception {
		mvc.perform(get("/api/v1/audit")).andExpect(status().isUnauthorized());
	}

	/** A demo user as signing in makes them, with their roles and data scope, which the layout shows. */
	private RequestPostProcessor signedIn(String username) {
		return user(users.loadUserByUsername(username));
	}

	/** The table's triggers refuse updates; replica mode skips them, on this one connection only. */
	private void setAfterStateBypassingTriggers(long id, String afterState) {
		jdbc.execute((ConnectionCallback<Void>) connection -> {
			try (Statement statement = connection.createStatement()) {
				statement.execute("SET session_replication_role = replica");
			}
			try (var update = connection.prepareStatement("UPDATE audit_entries SET after_state = ? WHERE id = ?")) {
				update.setString(1, afterState);
				update.setLong(2, id);
				update.executeUpdate();
			}
			finally {
				try (Statement statement = connection.createStatement()) {
					statement.execute("RESET session_replication_role");
				}
			}
			return null;
		});
	}
}
