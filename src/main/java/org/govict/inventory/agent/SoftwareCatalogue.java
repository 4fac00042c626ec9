package org.govict.inventory.agent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The software catalogue as inventories write it: each program, version and publisher once, by id. A computer's
 * software is recorded as the ids of its programs. A fleet runs a few thousand programs, so nearly every id is
 * already known here; entries are never removed, so a known id stays right, on every node.
 */
@Repository
class SoftwareCatalogue {

	/** How many entries are kept in memory, the least used leaving first (a fleet seldom comes near it). */
	private static final int KEPT = 200_000;

	/** How often a lookup is repeated when another inventory added the same programs at the same moment. */
	private static final int ATTEMPTS = 3;

	private final Cache<AgentInventory.InstalledSoftware, Long> known = Caffeine.newBuilder().maximumSize(KEPT).build();

	private final JdbcClient jdbc;

	SoftwareCatalogue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The catalogue ids of the programs, sorted, each once; programs not yet in the catalogue are added to it.
	 * Call it before the inventory's transaction: an entry is committed at once, so that other inventories
	 * reporting the same new program never wait for this one.
	 */
	long[] ids(List<AgentInventory.InstalledSoftware> software) {
		long[] ids = new long[software.size()];
		List<AgentInventory.InstalledSoftware> missing = new ArrayList<>();
		for (int i = 0; i < ids.length; i++) {
			Long id = known.getIfPresent(software.get(i));
			if (id == null) {
				missing.add(software.get(i));
			}
			else {
				ids[i] = id;
			}
		}
		if (!missing.isEmpty()) {
			Map<AgentInventory.InstalledSoftware, Long> added = add(missing);
			for (int i = 0; i < ids.length; i++) {
				if (ids[i] == 0) {
					ids[i] = added.get(software.get(i));
				}
			}
		}
		Arrays.sort(ids);
		int distinct = 0;
		for (int i = 0; i < ids.length; i++) {
			if (i == 0 || ids[i] != ids[i - 1]) {
				ids[distinct++] = ids[i];
			}
		}
		return distinct == ids.length ? ids : Arrays.copyOf(ids, distinct);
	}

	/**
	 * Adds the programs the catalogue lacks, and reads the ids of those it has. An entry added at the same moment by
	 * another inventory is skipped by the insert and not yet seen by the read, so the lookup is made again for it.
	 */
	private Map<AgentInventory.InstalledSoftware, Long> add(List<AgentInventory.InstalledSoftware> missing) {
		Map<AgentInventory.InstalledSoftware, Long> found = new HashMap<>();
		List<AgentInventory.InstalledSoftware> sought = missing;
		for (int attempt = 0; attempt < ATTEMPTS && !sought.isEmpty(); attempt++) {
			jdbc.sql("""
					WITH wanted AS (
					         SELECT DISTINCT w.name, w.version, w.publisher
					           FROM unnest(CAST(:names AS varchar[]), CAST(:versions AS varchar[]),
					                       CAST(:publishers AS varchar[])) AS w(name, version, publisher)),
					     added AS (
					         INSERT INTO inventory_software (name, version, publisher)
					         SELECT name, version, publisher FROM wanted ORDER BY name, version, publisher
					         ON CONFLICT DO NOTHING
					         RETURNING id, name, version, publisher)
					SELECT id, name, version, publisher FROM added
					UNION ALL
					SELECT s.id, s.name, s.version, s.publisher
					  FROM inventory_software s
					  JOIN wanted w ON s.name = w.name AND s.version = w.version AND s.publisher = w.publisher""")
				.param("names", sought.stream().map(AgentInventory.InstalledSoftware::name).toArray(String[]::new))
				.param("versions", sought.stream().map(AgentInventory.InstalledSoftware::version).toArray(String[]::new))
				.param("publishers",
						sought.stream().map(AgentInventory.InstalledSoftware::publisher).toArray(String[]::new))
				.query((rs, n) -> {
					var entry = new AgentInventory.InstalledSoftware(rs.getString(2), rs.getString(3), rs.getString(4));
					found.put(entry, rs.getLong(1));
					known.put(entry, rs.getLong(1));
					return null;
				})
				.list();
			sought = sought.stream().filter(s -> !found.containsKey(s)).toList();
		}
		if (!sought.isEmpty()) {
			throw new IllegalStateException("The software catalogue did not answer for " + sought.size() + " programs");
		}
		return found;
	}
}
