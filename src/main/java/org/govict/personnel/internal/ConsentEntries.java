package org.govict.personnel.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The consents of a record as its officers list, record and withdraw them. */
@Repository
public class ConsentEntries {

	private final JdbcClient jdbc;

	ConsentEntries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record ConsentEntry(long id, long recordId, long agencyUnitId, String purpose, LocalDate givenOn,
			LocalDate expiresOn, LocalDate withdrawnOn, Instant recordedAt, String recordedBy) {

		/** Whether the consent holds on {@code day}. */
		public boolean holdsOn(LocalDate day) {
			return !givenOn.isAfter(day) && (expiresOn == null || !expiresOn.isBefore(day))
					&& (withdrawnOn == null || withdrawnOn.isAfter(day));
		}
	}

	public List<ConsentEntry> ofRecord(long recordId) {
		return jdbc.sql("SELECT * FROM personnel_consents WHERE record_id = ? ORDER BY given_on DESC, id DESC")
			.param(recordId)
			.query((rs, n) -> entry(rs))
			.list();
	}

	public Optional<ConsentEntry> find(long recordId, long id) {
		return jdbc.sql("SELECT * FROM personnel_consents WHERE record_id = ? AND id = ?")
			.params(recordId, id)
			.query((rs, n) -> entry(rs))
			.optional();
	}

	public long insert(long recordId, long agencyUnitId, String purpose, LocalDate givenOn, LocalDate expiresOn,
			String recordedBy) {
		return jdbc.sql("""
				INSERT INTO personnel_consents (record_id, agency_unit_id, purpose, given_on, expires_on, recorded_by)
				VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(recordId, agencyUnitId, purpose, givenOn, expiresOn, recordedBy)
			.query(Long.class)
			.single();
	}

	public boolean withdraw(long id, LocalDate on) {
		return jdbc.sql("UPDATE personnel_consents SET withdrawn_on = ? WHERE id = ? AND withdrawn_on IS NULL")
			.params(on, id)
			.update() == 1;
	}

	private static ConsentEntry entry(ResultSet rs) throws SQLException {
		return new ConsentEntry(rs.getLong("id"), rs.getLong("record_id"), rs.getLong("agency_unit_id"),
				rs.getString("purpose"), rs.getObject("given_on", LocalDate.class),
				rs.getObject("expires_on", LocalDate.class), rs.getObject("withdrawn_on", LocalDate.class),
				rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"));
	}
}
