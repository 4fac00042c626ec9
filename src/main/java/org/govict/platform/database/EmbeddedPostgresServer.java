package org.govict.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL 17 server per JVM and data directory. Test contexts that Spring builds one after
 * another share the same server instead of starting a new one each time; the server stops when the JVM exits.
 */
final class EmbeddedPostgresServer {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static final Map<Path, EmbeddedPostgres> running = new HashMap<>();

	private EmbeddedPostgresServer() {
	}

	static synchronized EmbeddedPostgres startOrReuse(DatabaseSettings settings) {
		Path directory = settings.dataDirectory().toAbsolutePath().normalize();
		return running.computeIfAbsent(directory, dir -> start(dir, settings));
	}

	private static EmbeddedPostgres start(Path directory, DatabaseSettings settings) {
		try {
			Files.createDirectories(directory);
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(settings.cleanOnStart())
				.setRegisterShutdownHook(true)
				.setLocaleConfig("encoding", "UTF8")
				.setLocaleConfig("locale", "C.UTF-8")
				.setServerConfig("max_connections", "200")
				.setServerConfig("shared_buffers", "256MB")
				.setServerConfig("work_mem", "16MB")
				.setServerConfig("maintenance_work_mem", "256MB")
				.setServerConfig("max_wal_size", "4GB")
				.setServerConfig("timezone", "Asia/Ho_Chi_Minh");
			if (settings.port() > 0) {
				builder.setPort(settings.port());
			}
			EmbeddedPostgres postgres = builder.start();
			log.info("Embedded PostgreSQL 17 listening on localhost:{} with its data in {}", postgres.getPort(),
					directory);
			return postgres;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, ex);
		}
	}
}
