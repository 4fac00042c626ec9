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
import org.springframework.boot.SpringApplication;

/**
 * One embedded PostgreSQL 17 server per JVM and data directory. Test contexts that Spring builds one after
 * another share the same server instead of starting a new one each time.
 * <p>
 * The server must outlive every application context that uses it, or their connection pools and session
 * cleaners would fail (and hang) against a stopped database while closing. So it counts its users and stops when
 * the last context using it closes, and whatever is still running stops after Spring Boot's shutdown hook has
 * closed every context — never in a JVM shutdown hook of its own that races with Spring's.
 */
final class EmbeddedPostgresServer {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static final Map<Path, Running> running = new HashMap<>();

	private static boolean shutdownHandlerAdded;

	private EmbeddedPostgresServer() {
	}

	private static final class Running {

		final EmbeddedPostgres postgres;

		int users;

		Running(EmbeddedPostgres postgres) {
			this.postgres = postgres;
		}
	}

	static synchronized EmbeddedPostgres acquire(DatabaseSettings settings) {
		Path directory = directoryOf(settings);
		Running server = running.computeIfAbsent(directory, dir -> new Running(start(dir, settings)));
		server.users++;
		if (!shutdownHandlerAdded) {
			SpringApplication.getShutdownHandlers().add(EmbeddedPostgresServer::stopAll);
			shutdownHandlerAdded = true;
		}
		return server.postgres;
	}

	static synchronized void release(DatabaseSettings settings) {
		Path directory = directoryOf(settings);
		Running server = running.get(directory);
		if (server != null && --server.users <= 0) {
			running.remove(directory);
			stop(directory, server.postgres);
		}
	}

	static synchronized void stopAll() {
		running.forEach(EmbeddedPostgresServer::stopQuietly);
		running.clear();
	}

	private static void stopQuietly(Path directory, Running server) {
		stop(directory, server.postgres);
	}

	private static void stop(Path directory, EmbeddedPostgres postgres) {
		try {
			postgres.close();
			log.info("Embedded PostgreSQL in {} stopped", directory);
		}
		catch (IOException ex) {
			log.warn("Could not stop the embedded PostgreSQL in {}: {}", directory, ex.getMessage());
		}
	}

	private static Path directoryOf(DatabaseSettings settings) {
		return settings.dataDirectory().toAbsolutePath().normalize();
	}

	private static EmbeddedPostgres start(Path directory, DatabaseSettings settings) {
		try {
			Files.createDirectories(directory);
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(settings.cleanOnStart())
				.setRegisterShutdownHook(false)
				.setLocaleConfig("encoding", "UTF8")
				.setLocaleConfig("locale", "C.UTF-8")
				.setServerConfig("max_connections", "200")
				.setServerConfig("shared_buffers", settings.sharedBuffersOrDefault().toMegabytes() + "MB")
				.setServerConfig("work_mem", "16MB")
				.setServerConfig("maintenance_work_mem", "256MB")
				.setServerConfig("max_wal_size", "4GB")
				.setServerConfig("timezone", "Asia/Ho_Chi_Minh");
			if (settings.durable()) {
				// The embedded server's library starts PostgreSQL with -F and synchronous_commit off, as tests
				// want; these options come after it on the command line and restore the durable defaults.
				builder.setServerConfig("fsync", "on")
					.setServerConfig("synchronous_commit", "on")
					.setServerConfig("full_page_writes", "on");
			}
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
