package org.govict.inventory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.govict.inventory.AgentContact;
import org.govict.inventory.Asset;
import org.govict.inventory.AssetChange;
import org.govict.inventory.AssetKind;
import org.govict.inventory.AssetLink;
import org.govict.inventory.AssetQuery;
import org.govict.inventory.AssetRelation;
import org.govict.inventory.AssetStatus;
import org.govict.inventory.InstalledSoftware;
import org.govict.inventory.NetworkInterface;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The assets of the inventory and the links between them. */
@Repository
public class Assets {

	private static final TypeReference<Map<String, Object>> ATTRIBUTES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	Assets(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public long insert(Asset a) {
		return jdbc.sql("""
				INSERT INTO inventory_assets (kind, name, inventory_number, serial_number, hardware_uuid, manufacturer,
				       model, owner_unit_id, location, responsible_user_id, status, purchased_on, warranty_until,
				       retired_on, attributes, notes)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?) RETURNING id""")
			.params(a.kind().name(), a.name(), a.inventoryNumber(), a.serialNumber(), a.hardwareUuid(),
					a.manufacturer(), a.model(), a.ownerUnitId(), a.location(), a.responsibleUserId(),
					a.status().name(), a.purchasedOn(), a.warrantyUntil(), a.retiredOn(),
					json.writeValueAsString(a.attributes()), a.notes())
			.query(Long.class)
			.single();
	}

	/** Writes the asset if nobody changed it since it was read (same version). */
	public boolean update(Asset a) {
		return jdbc.sql("""
				UPDATE inventory_assets
				   SET kind = ?, name = ?, inventory_number = ?, serial_number = ?, hardware_uuid = ?, manufacturer = ?,
				       model = ?, owner_unit_id = ?, location = ?, responsible_user_id = ?, status = ?, purchased_on = ?,
				       warranty_until = ?, retired_on = ?, attributes = CAST(? AS jsonb), notes = ?, updated_at = now(),
				       version = version + 1
				 WHERE id = ? AND version = ?""")
			.params(a.kind().name(), a.name(), a.inventoryNumber(), a.serialNumber(), a.hardwareUuid(),
					a.manufacturer(), a.model(), a.ownerUnitId(), a.location(), a.responsibleUserId(),
					a.status().name(), a.purchasedOn(), a.warrantyUntil(), a.retiredOn(),
					json.writeValueAsString(a.attributes()), a.notes(), a.id(), a.version())
			.update() == 1;
	}

	public Optional<Asset> find(long id) {
		return jdbc.sql("SELECT * FROM inventory_assets WHERE id = ?").param(id).query((rs, n) -> map(rs)).optional();
	}

	public boolean inventoryNumberTaken(String number, Long exceptId) {
		return jdbc.sql("SELECT count(*) FROM inventory_assets WHERE inventory_number = ? AND id <> coalesce(?, -1)")
			.params(number, exceptId)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * One page of the assets matching the query, within the units under the given path prefixes (null: all),
	 * by name. The text is matched ignoring case and diacritics through the trigram index on the folded text.
	 */
	public List<Asset> search(AssetQuery query, List<String> prefixes) {
		Map<String, Object> params = new HashMap<>();
		String where = where(query, prefixes, params);
		params.put("limit", AssetQuery.PAGE_SIZE);
		params.put("offset", query.page() * AssetQuery.PAGE_SIZE);
		return jdbc.sql("SELECT * FROM inventory_assets a" + where + " ORDER BY a.name, a.id LIMIT :limit OFFSET :offset")
			.params(params)
			.query((rs, n) -> map(rs))
			.list();
	}

	public long count(AssetQuery query, List<String> prefixes) {
		Map<String, Object> params = new HashMap<>();
		String where = where(query, prefixes, params);
		return jdbc.sql("SELECT count(*) FROM inventory_assets a" + where).params(params).query(Long.class).single();
	}

	public void link(long fromId, AssetRelation relation, long toId) {
		jdbc.sql("""
				INSERT INTO inventory_asset_links (from_asset_id, relation, to_asset_id) VALUES (?, ?, ?)
				ON CONFLICT DO NOTHING""")
			.params(fromId, relation.name(), toId)
			.update();
	}

	public boolean unlink(long fromId, AssetRelation relation, long toId) {
		return jdbc.sql("DELETE FROM inventory_asset_links WHERE from_asset_id = ? AND relation = ? AND to_asset_id = ?")
			.params(fromId, relation.name(), toId)
			.update() == 1;
	}

	/** The links from and to an asset. */
	public List<AssetLink> links(long assetId) {
		return jdbc.sql("""
				SELECT from_asset_id, relation, to_asset_id FROM inventory_asset_links
				 WHERE from_asset_id = ? OR to_asset_id = ?""")
			.params(assetId, assetId)
			.query((rs, n) -> new AssetLink(rs.getLong(1), AssetRelation.valueOf(rs.getString(2)), rs.getLong(3)))
			.list();
	}

	public List<InstalledSoftware> software(long assetId) {
		return jdbc.sql("""
				SELECT s.name, s.version, s.publisher
				  FROM inventory_asset_software a CROSS JOIN unnest(a.software_ids) AS i(id)
				  JOIN inventory_software s ON s.id = i.id
				 WHERE a.asset_id = ?
				 ORDER BY lower(s.name), s.version""")
			.param(assetId)
			.query((rs, n) -> new InstalledSoftware(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	public List<NetworkInterface> interfaces(long assetId) {
		return jdbc.sql("SELECT name, mac_address, ip_address FROM inventory_network_interfaces WHERE asset_id = ?")
			.param(assetId)
			.query((rs, n) -> new NetworkInterface(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	/** The latest changes of an asset, newest first. */
	public List<AssetChange> changes(long assetId, int limit) {
		return jdbc.sql("""
				SELECT changed_at, field, old_value, new_value FROM inventory_asset_changes WHERE asset_id = ?
				 ORDER BY changed_at DESC, id DESC LIMIT ?""")
			.params(assetId, limit)
			.query((rs, n) -> new AssetChange(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
					rs.getString(4)))
			.list();
	}

	public void recordChanges(long assetId, List<AssetChange> changes) {
		for (AssetChange change : changes) {
			jdbc.sql("""
					INSERT INTO inventory_asset_changes (asset_id, field, old_value, new_value)
					VALUES (?, ?, left(?, 500), left(?, 500))""")
				.params(assetId, change.field(), change.oldValue(), change.newValue())
				.update();
		}
	}

	public Optional<AgentContact> agentContact(long assetId) {
		return jdbc.sql("""
				SELECT agent_device_id, last_inventory_at FROM inventory_assets
				 WHERE id = ? AND last_inventory_at IS NOT NULL""")
			.param(assetId)
			.query((rs, n) -> new AgentContact(rs.getString(1), rs.getTimestamp(2).toInstant()))
			.optional();
	}

	/** Several assets at once, for the other ends of an asset's links. */
	public List<Asset> findAll(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT * FROM inventory_assets WHERE id = ANY(CAST(? AS bigint[]))")
			.param(ids.toArray(Long[]::new))
			.query((rs, n) -> map(rs))
			.list();
	}

	private static String where(AssetQuery query, List<String> prefixes, Map<String, Object> params) {
		List<String> conditions = new ArrayList<>();
		if (prefixes != null) {
			conditions.add("a.owner_unit_id IN (SELECT id FROM organisation_units WHERE path LIKE ANY(CAST(:prefixes AS text[])))");
			params.put("prefixes", prefixes.stream().map(p -> p + "%").toArray(String[]::new));
		}
		if (query.kind() != null) {
			conditions.add("a.kind = :kind");
			params.put("kind", query.kind().name());
		}
		if (query.status() != null) {
			conditions.add("a.status = :status");
			params.put("status", query.status().name());
		}
		if (query.unitId() != null) {
			conditions.add("""
					a.owner_unit_id IN (SELECT u.id FROM organisation_units u, organisation_units r
					                     WHERE r.id = :unit AND u.path LIKE r.path || '%')""");
			params.put("unit", query.unitId());
		}
		if (query.text() != null && !query.text().isBlank()) {
			conditions.add("""
					search_fold(a.name || ' ' || coalesce(a.inventory_number, '') || ' ' || coalesce(a.serial_number, ''))
					    LIKE '%' || search_fold(:text) || '%'""");
			params.put("text", query.text().strip());
		}
		return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
	}

	private Asset map(ResultSet rs) throws SQLException {
		return new Asset(rs.getLong("id"), AssetKind.valueOf(rs.getString("kind")), rs.getString("name"),
				rs.getString("inventory_number"), rs.getString("serial_number"), rs.getString("hardware_uuid"),
				rs.getString("manufacturer"), rs.getString("model"), rs.getLong("owner_unit_id"),
				rs.getString("location"), rs.getObject("responsible_user_id", Long.class),
				AssetStatus.valueOf(rs.getString("status")), rs.getObject("purchased_on", java.time.LocalDate.class),
				rs.getObject("warranty_until", java.time.LocalDate.class),
				rs.getObject("retired_on", java.time.LocalDate.class),
				json.readValue(rs.getString("attributes"), ATTRIBUTES), rs.getString("notes"),
				rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"));
	}
}
