package org.govict.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/**
 * The embedded server of a real installation acknowledges a commit only once it is on disk, whatever its library
 * does for tests; and it sizes its buffer cache as configured.
 */
class EmbeddedServerIsDurable {

	@TempDir
	Path directory;

	@Test
	void commitsWaitForTheDiskUnlessTurnedOff() throws Exception {
		DatabaseSettings durable = new DatabaseSettings(directory.resolve("durable"), 0, true, DataSize.ofMegabytes(64),
				true);
		EmbeddedPostgres postgres = EmbeddedPostgresServer.acquire(durable);
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			assertThat(setting(statement, "fsync")).isEqualTo("on");
			assertThat(setting(statement, "synchronous_commit")).isEqualTo("on");
			assertThat(setting(statement, "full_page_writes")).isEqualTo("on");
			assertThat(setting(statement, "shared_buffers")).isEqualTo("64MB");
		}
		finally {
			EmbeddedPostgresServer.release(durable);
		}

		DatabaseSettings fast = new DatabaseSettings(directory.resolve("fast"), 0, true, DataSize.ofMegabytes(32), false);
		postgres = EmbeddedPostgresServer.acquire(fast);
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			assertThat(setting(statement, "fsync")).isEqualTo("off");
		}
		finally {
			EmbeddedPostgresServer.release(fast);
		}
	}

	@Test
	void theBufferCacheIsAQuarterOfTheMachineWithinItsLimits() {
		DatabaseSettings automatic = new DatabaseSettings(directory, 0, false, null, true);
		assertThat(automatic.sharedBuffersOrDefault().toMegabytes()).isBetween(128L, 4096L);
	}

	private static String setting(Statement statement, String name) throws Exception {
		try (ResultSet rs = statement.executeQuery("SHOW " + name)) {
			rs.next();
			return rs.getString(1);
		}
	}
}
