package org.govict.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.govict.audit.internal.AuditChainer;
import org.govict.audit.internal.ChainVerification;
import org.govict.audit.internal.ChainVerifier;
import org.govict.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The chain is linked after commit, by the chainer, in an order that never changes once given. */
@IntegrationTest
class AuditChainTests {

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditChainer chainer;

	@Autowired
	ChainVerifier verifier;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void anEntryCommittedAfterALaterOneIsLinkedBeforeIt() throws Exception {
		CountDownLatch earlyWritten = new CountDownLatch(1);
		CountDownLatch mayCommit = new CountDownLatch(1);
		TransactionTemplate tx = new TransactionTemplate(transactionManager);
		// The early transaction writes first (lower tx, lower id) and stays open while the late one commits.
		CompletableFuture<Void> early = CompletableFuture.runAsync(() -> tx.executeWithoutResult(status -> {
			trail.record(AuditRecord.created("audit-order", "Sample", "EARLY", null, Map.of("n", 1)));
			earlyWritten.countDown();
			await(mayCommit);
		}));
		await(earlyWritten);
		tx.executeWithoutResult(status -> trail.record(AuditRecord.created("audit-order", "Sample", "LATE", null,
				Map.of("n", 2))));

		try {
			// The late entry has committed, but an older transaction is still running: linking it now would give it
			// a place before an entry that may still arrive, so it waits.
			chainer.chainCommitted();
			assertThat(chainSeqOf("LATE")).isNull();
			ChainVerification whileOpen = verifier.verify();
			assertThat(whileOpen.intact()).isTrue();
			assertThat(whileOpen.entriesPending()).isGreaterThanOrEqualTo(1);
		}
		finally {
			mayCommit.countDown();
			early.get(10, TimeUnit.SECONDS);
		}
		assertThat(idOf("LATE")).as("the early entry took the lower id and committed last").isGreaterThan(idOf("EARLY"));
		chainer.chainCommitted();
		Long earlySeq = chainSeqOf("EARLY");
		Long lateSeq = chainSeqOf("LATE");
		assertThat(earlySeq).isNotNull();
		assertThat(lateSeq).isGreaterThan(earlySeq);
		assertThat(jdbc.queryForObject("SELECT prev_hash FROM audit_entries WHERE chain_seq = ?", String.class, lateSeq))
			.isEqualTo(jdbc.queryForObject("SELECT hash FROM audit_entries WHERE chain_seq = ?", String.class,
					lateSeq - 1));

		// Once given, a place and a link stay: another run changes nothing, and nobody may rewrite them.
		chainer.chainCommitted();
		assertThat(chainSeqOf("EARLY")).isEqualTo(earlySeq);
		assertThat(chainSeqOf("LATE")).isEqualTo(lateSeq);
		assertThatThrownBy(() -> jdbc.update("UPDATE audit_entries SET chain_seq = NULL, hash = NULL, prev_hash = NULL"
				+ " WHERE chain_seq = ?", lateSeq)).hasMessageContaining("append-only");
		assertThat(verifier.verify().intact()).isTrue();
	}

	@Test
	void anEntryIsLinkedWithinSecondsOfItsCommitWithoutAskingForIt() throws Exception {
		trail.record(AuditRecord.created("audit-soon", "Sample", "SOON", null, Map.of("n", 1)));
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (chainSeqOf("SOON") == null && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		assertThat(chainSeqOf("SOON")).as("linked by the scheduled chainer within 5 s").isNotNull();
	}

	@Test
	void theContentOfAnEntryWaitingForItsLinkCannotBeChangedEither() {
		CountDownLatch written = new CountDownLatch(1);
		CountDownLatch done = new CountDownLatch(1);
		TransactionTemplate tx = new TransactionTemplate(transactionManager);
		// Held open so that the chainer cannot link the entry before the attempt.
		CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> tx.executeWithoutResult(status -> {
			trail.record(AuditRecord.created("audit-hold", "Sample", "HOLD", null, Map.of("n", 1)));
			written.countDown();
			await(done);
		}));
		await(written);
		try {
			tx.executeWithoutResult(status -> trail.record(AuditRecord.created("audit-hold", "Sample", "WAITING",
					null, Map.of("n", 1))));
			assertThat(chainSeqOf("WAITING")).isNull();
			assertThatThrownBy(() -> jdbc.update(
					"UPDATE audit_entries SET after_state = '{\"n\":2}' WHERE record_id = 'WAITING'"))
				.hasMessageContaining("append-only");
			assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_entries WHERE record_id = 'WAITING'"))
				.hasMessageContaining("append-only");
			assertThatThrownBy(() -> jdbc.update("""
					INSERT INTO audit_entries (occurred_at, actor, module, action, record_type, prev_hash, hash, chain_seq)
					VALUES (now(), 'x', 'audit-hold', 'CREATE', 'Sample', repeat('0', 64), repeat('0', 64), 999999999)"""))
				.hasMessageContaining("chainer");
		}
		finally {
			done.countDown();
			holder.join();
		}
	}

	@Test
	void removingALinkedEntryBreaksTheChainAtTheNextOne() {
		trail.record(AuditRecord.created("audit-remove", "Sample", "R-1", null, Map.of("n", 1)));
		trail.record(AuditRecord.created("audit-remove", "Sample", "R-2", null, Map.of("n", 2)));
		chainer.chainCommitted();
		long removed = idOf("R-1");
		long next = idOf("R-2");
		Map<String, Object> row = jdbc.queryForMap("SELECT * FROM audit_entries WHERE id = ?", removed);
		bypassingTriggers("DELETE FROM audit_entries WHERE id = " + removed);
		try {
			ChainVerification broken = verifier.verify();
			assertThat(broken.intact()).isFalse();
			assertThat(broken.firstBrokenEntryId()).isEqualTo(next);
			assertThat(broken.reason()).isEqualTo(ChainVerification.LINK_MISMATCH);
		}
		finally {
			// Every integration test shares this database: put the entry back as it was.
			jdbc.execute((ConnectionCallback<Void>) connection -> {
				try (Statement statement = connection.createStatement()) {
					statement.execute("SET session_replication_role = replica");
				}
				try (var insert = connection.prepareStatement("""
						INSERT INTO audit_entries (id, occurred_at, actor, actor_ip, module, action, record_type,
						    record_id, unit_id, summary, before_state, after_state, prev_hash, hash, tx, chain_seq)
						OVERRIDING SYSTEM VALUE
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(CAST(? AS text) AS xid8), ?)""")) {
					String[] columns = { "id", "occurred_at", "actor", "actor_ip", "module", "action", "record_type",
							"record_id", "unit_id", "summary", "before_state", "after_state", "prev_hash", "hash" };
					for (int i = 0; i < columns.length; i++) {
						insert.setObject(i + 1, row.get(columns[i]));
					}
					insert.setString(15, row.get("tx").toString());
					insert.setObject(16, row.get("chain_seq"));
					insert.executeUpdate();
				}
				finally {
					try (Statement statement = connection.createStatement()) {
						statement.execute("RESET session_replication_role");
					}
				}
				return null;
			});
		}
		assertThat(verifier.verify().intact()).isTrue();
	}

	private Long chainSeqOf(String recordId) {
		return jdbc.queryForObject("SELECT chain_seq FROM audit_entries WHERE record_id = ?", Long.class, recordId);
	}

	private long idOf(String recordId) {
		return jdbc.queryForObject("SELECT id FROM audit_entries WHERE record_id = ?", Long.class, recordId);
	}

	private void bypassingTriggers(String sql) {
		jdbc.execute((ConnectionCallback<Void>) connection -> {
			try (Statement statement = connection.createStatement()) {
				statement.execute("SET session_replication_role = replica");
				try {
					statement.execute(sql);
				}
				finally {
					statement.execute("RESET session_replication_role");
				}
			}
			return null;
		});
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
