package org.govict.personnel.internal;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored answers of batch requests sent with an Idempotency-Key. */
@Repository
public class IdempotentRequests {

	private final JdbcClient jdbc;

	IdempotentRequests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored answer: the hash of the request it answered, and the answer as JSON. */
	public record Stored(String requestSha256, String response) {
	}

	public Optional<Stored> find(String actor, String key) {
		return jdbc.sql("SELECT request_sha256, response FROM personnel_idempotent_requests WHERE actor = ? AND idempotency_key = ?")
			.params(actor, key)
			.query((rs, n) -> new Stored(rs.getString(1), rs.getString(2)))
			.optional();
	}

	public void store(String actor, String key, String requestSha256, String response) {
		jdbc.sql("""
				INSERT INTO personnel_idempotent_requests (actor, idempotency_key, request_sha256, response)
				VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""")
			.params(actor, key, requestSha256, response)
			.update();
	}
}
