package org.govict.personnel.internal;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The consents people gave to access by other agencies. */
@Repository
public class Consents {

	private final JdbcClient jdbc;

	Consents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Whether the person consented, on {@code day}, to access by the agency whose subtree contains the unit at
	 * {@code readerUnitPath}.
	 */
	public boolean given(long recordId, String readerUnitPath, LocalDate day) {
		Long[] agencies = java.util.Arrays.stream(readerUnitPath.split("/"))
			.filter(part -> !part.isEmpty())
			.map(Long::valueOf)
			.toArray(Long[]::new);
		return jdbc.sql("""
				SELECT count(*) FROM personnel_consents c
				WHERE c.record_id = ? AND c.agency_unit_id = ANY(?) AND c.given_on <= ?
				  AND (c.expires_on IS NULL OR c.expires_on >= ?) AND (c.withdrawn_on IS NULL OR c.withdrawn_on > ?)""")
			.params(recordId, agencies, day, day, day)
			.query(Long.class)
			.single() > 0;
	}
}
