package org.govict.inventory.agent;

import java.sql.Types;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.govict.inventory.AssetKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The computers as agents report them: lookups for the matching rules, and the writes of one inventory. */
@Repository
class ReportedComputers implements MatchingRules.Computers {

	private static final String COMPUTER = " AND kind IN ('SERVER', 'VIRTUAL_MACHINE', 'WORKSTATION', 'LAPTOP')";

	/** What an inventory compares with the computer as it was last reported. */
	record Known(long id, String name, String serialNumber, String hardwareUuid, String manufacturer, String model,
			String os, String memoryMb, String ipAddresses, String network, boolean sameSoftware) {
	}

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ReportedComputers(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Holds the inventories of one machine in line, so that two at once do not register it twice. */
	void lockMachine(String key) {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(?))").param("inventory:" + key).query((rs, n) -> 1).list();
	}

	/** Every criterion's lookup in one query: an inventory is matched in one round trip to the database. */
	@Override
	public Map<MatchCriterion, List<Long>> find(MatchingRules.Sought sought) {
		Map<MatchCriterion, List<Long>> found = new EnumMap<>(MatchCriterion.class);
		jdbc.sql("""
				SELECT 'SERIAL', id FROM (SELECT id FROM inventory_assets WHERE serial_number = :serial""" + COMPUTER + """
				                            LIMIT 2) s
				UNION ALL
				SELECT 'HARDWARE_UUID', id FROM (SELECT id FROM inventory_assets WHERE hardware_uuid = :uuid""" + COMPUTER + """
				                                   LIMIT 2) u
				UNION ALL
				SELECT 'MAC_ADDRESS', asset_id FROM (SELECT DISTINCT asset_id FROM inventory_network_interfaces
				                                      WHERE mac_address = ANY(CAST(:macs AS varchar[])) LIMIT 2) m
				UNION ALL
				SELECT 'HOSTNAME', id FROM (SELECT id FROM inventory_assets WHERE lower(name) = lower(:hostname)""" + COMPUTER + """
				                              LIMIT 2) h""")
			.param("serial", sought.serial(), Types.VARCHAR)
			.param("uuid", sought.hardwareUuid(), Types.VARCHAR)
			.param("macs", sought.macAddresses().toArray(String[]::new))
			.param("hostname", sought.hostname(), Types.VARCHAR)
			.query((rs, n) -> {
				found.computeIfAbsent(MatchCriterion.valueOf(rs.getString(1)), c -> new ArrayList<>()).add(rs.getLong(2));
				return null;
			})
			.list();
		return found;
	}

	/**
	 * Registers a new computer with its interfaces and installed software, in one statement; a new computer has no
	 * earlier software to compare with.
	 */
	long register(AssetKind kind, AgentInventory inventory, String name, long unitId, Map<String, Object> attributes,
			long[] softwareIds) {
		List<AgentInventory.NetworkInterface> interfaces = inventory.networks();
		return jdbc.sql("""
				WITH asset AS (
				         INSERT INTO inventory_assets (kind, name, serial_number, hardware_uuid, manufacturer, model,
				                owner_unit_id, status, attributes, agent_device_id, last_inventory_at)
				         VALUES (:kind, :name, :serial, :uuid, :manufacturer, :model, :unit, 'IN_USE',
				                 CAST(:attributes AS jsonb), :device, now())
				         RETURNING id),
				     interfaces AS (
				         INSERT INTO inventory_network_interfaces (asset_id, name, mac_address, ip_address)
				         SELECT asset.id, n.name, n.mac, n.ip
				           FROM asset, unnest(CAST(:names AS varchar[]), CAST(:macs AS varchar[]),
				                              CAST(:ips AS varchar[])) AS n(name, mac, ip)),
				     software AS (
				         INSERT INTO inventory_asset_software (asset_id, software_ids)
				         SELECT asset.id, CAST(:software AS bigint[]) FROM asset)
				SELECT id FROM asset""")
			.param("kind", kind.name())
			.param("name", name)
			.param("serial", inventory.serialNumber(), Types.VARCHAR)
			.param("uuid", uuid(inventory), Types.VARCHAR)
			.param("manufacturer", inventory.manufacturer(), Types.VARCHAR)
			.param("model", inventory.model(), Types.VARCHAR)
			.param("unit", unitId)
			.param("attributes", json.writeValueAsString(attributes))
			.param("device", inventory.deviceId(), Types.VARCHAR)
			.param("names", column(interfaces, AgentInventory.NetworkInterface::name))
			.param("macs", column(interfaces, AgentInventory.NetworkInterface::macAddress))
			.param("ips", column(interfaces, AgentInventory.NetworkInterface::ipAddress))
			.param("software", softwareIds)
			.query(Long.class)
			.single();
	}

	/**
	 * Writes what the agent reports over the computer's fields, keeping attributes a technician added, and answers
	 * the computer as it was before, for the history: one statement, whose parts all see the row as it was.
	 */
	Known update(long id, AgentInventory inventory, String name, Map<String, Object> attributes, long[] softwareIds) {
		return jdbc.sql("""
				WITH known AS (
				         SELECT id, name, serial_number, hardware_uuid, manufacturer, model, attributes ->> 'os' AS os,
				                attributes ->> 'memoryMb' AS memory, attributes ->> 'ipAddresses' AS ips,
				                attributes ->> 'network' AS network,
				                coalesce((SELECT software_ids = CAST(:software AS bigint[]) FROM inventory_asset_software
				                           WHERE asset_id = :id), FALSE) AS same_software
				           FROM inventory_assets WHERE id = :id),
				     changed AS (
				         UPDATE inventory_assets
				            SET name = :name, serial_number = coalesce(:serial, serial_number),
				                hardware_uuid = coalesce(:uuid, hardware_uuid), manufacturer = coalesce(:manufacturer, manufacturer),
				                model = coalesce(:model, model), attributes = attributes || CAST(:attributes AS jsonb),
				                agent_device_id = coalesce(:device, agent_device_id), last_inventory_at = now(),
				                updated_at = now(), version = version + 1
				          WHERE id = :id)
				SELECT * FROM known""")
			.param("id", id)
			.param("name", name)
			.param("serial", inventory.serialNumber())
			.param("uuid", uuid(inventory))
			.param("manufacturer", inventory.manufacturer())
			.param("model", inventory.model())
			.param("attributes", json.writeValueAsString(attributes))
			.param("device", inventory.deviceId())
			.param("software", softwareIds)
			.query((rs, n) -> new Known(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
					rs.getString(10), rs.getBoolean(11)))
			.single();
	}

	/** Replaces the computer's network interfaces, in one statement. */
	void replaceInterfaces(long id, List<AgentInventory.NetworkInterface> interfaces) {
		jdbc.sql("""
				WITH gone AS (DELETE FROM inventory_network_interfaces WHERE asset_id = :asset)
				INSERT INTO inventory_network_interfaces (asset_id, name, mac_address, ip_address)
				SELECT :asset, n.name, n.mac, n.ip
				  FROM unnest(CAST(:names AS varchar[]), CAST(:macs AS varchar[]), CAST(:ips AS varchar[])) AS n(name, mac, ip)""")
			.param("asset", id)
			.param("names", column(interfaces, AgentInventory.NetworkInterface::name))
			.param("macs", column(interfaces, AgentInventory.NetworkInterface::macAddress))
			.param("ips", column(interfaces, AgentInventory.NetworkInterface::ipAddress))
			.update();
	}

	/**
	 * Makes the computer's installed software the reported list, in one statement, and writes each program removed
	 * or added to the computer's changes. All parts of a statement see the tables as they were before it, so
	 * "added" is judged against the previous list.
	 */
	void replaceSoftware(long id, long[] softwareIds) {
		jdbc.sql("""
				WITH before AS (
				         SELECT coalesce((SELECT software_ids FROM inventory_asset_software WHERE asset_id = :asset),
				                         '{}') AS ids),
				     reported AS (SELECT CAST(:software AS bigint[]) AS ids),
				     saved AS (
				         INSERT INTO inventory_asset_software (asset_id, software_ids)
				         SELECT :asset, ids FROM reported
				         ON CONFLICT (asset_id) DO UPDATE SET software_ids = EXCLUDED.software_ids
				          WHERE inventory_asset_software.software_ids <> EXCLUDED.software_ids),
				     removed AS (SELECT unnest(ids) AS id FROM before EXCEPT SELECT unnest(ids) FROM reported),
				     added AS (SELECT unnest(ids) AS id FROM reported EXCEPT SELECT unnest(ids) FROM before)
				INSERT INTO inventory_asset_changes (asset_id, field, old_value, new_value)
				SELECT :asset, 'SOFTWARE_REMOVED', left(trim(s.name || ' ' || s.version), 500), NULL
				  FROM removed JOIN inventory_software s ON s.id = removed.id
				UNION ALL
				SELECT :asset, 'SOFTWARE_ADDED', NULL, left(trim(s.name || ' ' || s.version), 500)
				  FROM added JOIN inventory_software s ON s.id = added.id""")
			.param("asset", id)
			.param("software", softwareIds)
			.update();
	}

	/** Writes the changes of the computer's fields, in one statement. */
	void recordChanges(long id, List<String[]> changes) {
		if (changes.isEmpty()) {
			return;
		}
		jdbc.sql("""
				INSERT INTO inventory_asset_changes (asset_id, field, old_value, new_value)
				SELECT ?, c.field, left(c.old, 500), left(c.new, 500)
				  FROM unnest(CAST(? AS varchar[]), CAST(? AS varchar[]), CAST(? AS varchar[])) AS c(field, old, new)""")
			.params(id, column(changes, c -> c[0]), column(changes, c -> c[1]), column(changes, c -> c[2]))
			.update();
	}

	/** One field of every row, as the array parameter a statement unnests. */
	private static <T> String[] column(List<T> rows, Function<T, String> field) {
		return rows.stream().map(field).toArray(String[]::new);
	}

	static String uuid(AgentInventory inventory) {
		return inventory.hardwareUuid() == null ? null : inventory.hardwareUuid().strip().toUpperCase(Locale.ROOT);
	}
}
