package org.govict.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * This application context's hold on the embedded server: taken when the context starts, given back when it
 * closes, after the connection pool that depends on it has closed.
 */
final class EmbeddedDatabase implements AutoCloseable {

	private final DatabaseSettings settings;

	private final EmbeddedPostgres postgres;

	EmbeddedDatabase(DatabaseSettings settings) {
		this.settings = settings;
		this.postgres = EmbeddedPostgresServer.acquire(settings);
	}

	String jdbcUrl() {
		return postgres.getJdbcUrl("postgres", "postgres");
	}

	@Override
	public void close() {
		EmbeddedPostgresServer.release(settings);
	}
}
