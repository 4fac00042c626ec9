package org.govict.inventory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.govict.inventory.Licence;
import org.govict.inventory.LicenceForm;
import org.govict.inventory.SoftwareCount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Licences with their installed counts, the software catalogue, and the reminder intervals. */
@Repository
public class Licences {

	/**
	 * A licence with the computers of its owner unit's subtree whose installed software starts with the licence's
	 * software name (case ignored); a retired computer no longer takes a seat.
	 */
	private static final String SELECT = """
			SELECT l.*, (SELECT count(*)
			               FROM inventory_asset_software s
			               JOIN inventory_assets a ON a.id = s.asset_id
			               JOIN organisation_units u ON u.id = a.owner_unit_id
			               JOIN organisation_units lu ON lu.id = l.owner_unit_id
			              WHERE u.path LIKE lu.path || '%' AND a.status <> 'RETIRED'
			                AND s.software_ids && ARRAY(SELECT c.id FROM inventory_software c
			                                             WHERE starts_with(lower(c.name), lower(l.software_name))))
			         AS installed
			  FROM inventory_licences l""";

	private final JdbcClient jdbc;

	Licences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Licence> all(List<String> prefixes) {
		String where = prefixes == null ? ""
				: " WHERE l.owner_unit_id IN (SELECT id FROM organisation_units WHERE path LIKE ANY(CAST(:prefixes AS text[])))";
		var spec = jdbc.sql(SELECT + where + " ORDER BY l.valid_until NULLS LAST, l.software_name");
		if (prefixes != null) {
			spec = spec.param("prefixes", prefixes.stream().map(p -> p + "%").toArray(String[]::new));
		}
		return spec.query((rs, n) -> map(rs)).list();
	}

	public Optional<Licence> find(long id) {
		return jdbc.sql(SELECT + " WHERE l.id = ?").param(id).query((rs, n) -> map(rs)).optional();
	}

	public long insert(LicenceForm f) {
		return jdbc.sql("""
				INSERT INTO inventory_licences (software_name, seats, licence_key, purchase_order, valid_from,
				       valid_until, owner_unit_id, notes)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(f.softwareName().strip(), f.seats(), blank(f.licenceKey()), blank(f.purchaseOrder()), f.validFrom(),
					f.validUntil(), f.ownerUnitId(), blank(f.notes()))
			.query(Long.class)
			.single();
	}

	/** Writes the licence if nobody changed it since it was read; a new end date is reminded afresh. */
	public boolean update(long id, LicenceForm f) {
		return jdbc.sql("""
				UPDATE inventory_licences
				   SET software_name = ?, seats = ?, licence_key = ?, purchase_order = ?, valid_from = ?,
				       reminded_days = CASE WHEN valid_until IS DISTINCT FROM ? THEN NULL ELSE reminded_days END,
				       valid_until = ?, owner_unit_id = ?, notes = ?, version = version + 1
				 WHERE id = ? AND version = ?""")
			.params(f.softwareName().strip(), f.seats(), blank(f.licenceKey()), blank(f.purchaseOrder()), f.validFrom(),
					f.validUntil(), f.validUntil(), f.ownerUnitId(), blank(f.notes()), id, f.version())
			.update() == 1;
	}

	/**
	 * The software installed on the computers of the units under the prefixes (null: all), most installed first, as
	 * the last census counted it: an installation is one version on one computer.
	 */
	public List<SoftwareCount> catalogue(String text, List<String> prefixes, int offset, int limit) {
		var params = new java.util.HashMap<String, Object>();
		StringBuilder sql = new StringBuilder("""
				SELECT e.name, max(e.publisher), sum(c.computers), count(DISTINCT e.version)
				  FROM inventory_software_census c JOIN inventory_software e ON e.id = c.software_id
				 WHERE TRUE""");
		if (text != null && !text.isBlank()) {
			sql.append(" AND search_fold(e.name) LIKE '%' || search_fold(:text) || '%'");
			params.put("text", text.strip());
		}
		if (prefixes != null) {
			sql.append(" AND c.unit_id IN (SELECT id FROM organisation_units WHERE path LIKE ANY(CAST(:prefixes AS text[])))");
			params.put("prefixes", prefixes.stream().map(p -> p + "%").toArray(String[]::new));
		}
		sql.append(" GROUP BY e.name ORDER BY 3 DESC, 1 LIMIT :limit OFFSET :offset");
		params.put("limit", limit);
		params.put("offset", offset);
		return jdbc.sql(sql.toString())
			.params(params)
			.query((rs, n) -> new SoftwareCount(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)))
			.list();
	}

	/**
	 * Counts again, for each unit, the computers in stock, in use or in repair having each catalogue entry, and replaces the previous census in
	 * the caller's transaction: readers see the previous counts until it commits. Two censuses at once take turns.
	 */
	public void takeCensus() {
		long started = System.nanoTime();
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('inventory-software-census'))").query((rs, n) -> 1).list();
		jdbc.sql("DELETE FROM inventory_software_census").update();
		jdbc.sql("""
				INSERT INTO inventory_software_census (unit_id, software_id, computers)
				SELECT a.owner_unit_id, i.id, count(*)
				  FROM inventory_asset_software s
				  JOIN inventory_assets a ON a.id = s.asset_id
				  CROSS JOIN unnest(s.software_ids) AS i(id)
				 WHERE a.status <> 'RETIRED'
				 GROUP BY a.owner_unit_id, i.id""").update();
		jdbc.sql("""
				INSERT INTO inventory_software_census_taken (only_row, taken_at, took_ms) VALUES (TRUE, now(), ?)
				ON CONFLICT (only_row) DO UPDATE SET taken_at = EXCLUDED.taken_at, took_ms = EXCLUDED.took_ms""")
			.param((System.nanoTime() - started) / 1_000_000)
			.update();
	}

	/** When the last census was taken, if one was. */
	public Optional<Instant> censusTakenAt() {
		return jdbc.sql("SELECT taken_at FROM inventory_software_census_taken")
			.query((rs, n) -> rs.getTimestamp(1).toInstant())
			.optional();
	}

	public List<Integer> reminderDays() {
		return jdbc.sql("SELECT days_before FROM inventory_licence_reminders ORDER BY days_before DESC")
			.query(Integer.class)
			.list();
	}

	public void replaceReminderDays(List<Integer> days) {
		jdbc.sql("DELETE FROM inventory_licence_reminders").update();
		days.stream()
			.distinct()
			.forEach(d -> jdbc.sql("INSERT INTO inventory_licence_reminders (days_before) VALUES (?)").param(d).update());
	}

	/**
	 * The licences ending within {@code days} of {@code today} and not yet reminded at that interval or a shorter
	 * one; all units.
	 */
	public List<Licence> dueForReminder(LocalDate today, int days) {
		return jdbc.sql(SELECT + "\n" + """
				 WHERE l.valid_until >= ? AND l.valid_until <= ?
				   AND (l.reminded_days IS NULL OR l.reminded_days > ?)""")
			.params(today, today.plusDays(days), days)
			.query((rs, n) -> map(rs))
			.list();
	}

	public void markReminded(long id, int days) {
		jdbc.sql("UPDATE inventory_licences SET reminded_days = ? WHERE id = ?").params(days, id).update();
	}

	private static Licence map(ResultSet rs) throws SQLException {
		return new Licence(rs.getLong("id"), rs.getString("software_name"), rs.getInt("seats"),
				rs.getString("licence_key"), rs.getString("purchase_order"), rs.getObject("valid_from", LocalDate.class),
				rs.getObject("valid_until", LocalDate.class), rs.getLong("owner_unit_id"), rs.getString("notes"),
				rs.getInt("version"), rs.getLong("installed"));
	}

	private static String blank(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
