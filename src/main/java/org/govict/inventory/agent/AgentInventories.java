package org.govict.inventory.agent;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.govict.audit.AuditRecord;
import org.govict.audit.AuditTrail;
import org.govict.inventory.AssetKind;
import org.govict.inventory.Inventory;
import org.govict.inventory.InventorySettings;
import org.govict.organisation.Organisation;
import org.govict.organisation.OrganisationUnit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records what agents report: finds the known computer by the matching rules or registers a new one, writes its
 * hardware, interfaces and installed software, and keeps what changed since the previous inventory.
 */
@Service
public class AgentInventories {

	/** What became of an inventory: the computer it was recorded on, and whether that computer is new. */
	public record Outcome(long assetId, boolean registered) {
	}

	private final ReportedComputers computers;

	private final MatchingRuleStore rules;

	private final Organisation organisation;

	private final AuditTrail audit;

	private final InventorySettings settings;

	private final SoftwareCatalogue catalogue;

	private final TransactionTemplate transaction;

	private volatile Long defaultUnit;

	/**
	 * The units agents' tags named lately, by code: a fleet tags its machines with a few unit codes, and a unit's
	 * code seldom changes, so it is asked again after five minutes.
	 */
	private final Cache<String, Long> tagged = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofMinutes(5))
		.maximumSize(10_000)
		.build();

	AgentInventories(ReportedComputers computers, MatchingRuleStore rules, Organisation organisation, AuditTrail audit,
			InventorySettings settings, SoftwareCatalogue catalogue, TransactionTemplate transaction) {
		this.computers = computers;
		this.catalogue = catalogue;
		this.transaction = transaction;
		this.rules = rules;
		this.organisation = organisation;
		this.audit = audit;
		this.settings = settings;
	}

	/**
	 * Records the inventory in one transaction. The programs it reports are looked up in the software catalogue
	 * first, outside that transaction, so that the catalogue's new entries are never held back by it.
	 */
	public Outcome record(AgentInventory inventory) {
		long[] software = catalogue.ids(inventory.software());
		return transaction.execute(status -> record(inventory, software));
	}

	private Outcome record(AgentInventory inventory, long[] software) {
		String name = hostname(inventory);
		Map<String, Object> attributes = attributes(inventory);
		MatchingRules matching = rules.current();
		Optional<Long> match = matching.match(inventory, computers);
		if (match.isEmpty()) {
			// Two first inventories of one machine at once must not register it twice: the second waits for the
			// first, then finds the machine it registered.
			computers.lockMachine(Objects.requireNonNullElse(inventory.deviceId(), name));
			match = matching.match(inventory, computers);
		}
		if (match.isEmpty()) {
			long unit = unit(inventory.tag());
			long id = computers.register(kind(inventory), inventory, name, unit, attributes, software);
			audit.record(AuditRecord.created(Inventory.MODULE, "Asset", id, unit, Map.of("name", name, "source",
					"agent", "deviceId", Objects.requireNonNullElse(inventory.deviceId(), ""))));
			return new Outcome(id, true);
		}
		long id = match.get();
		ReportedComputers.Known known = computers.update(id, inventory, name, attributes, software);
		List<String[]> changes = new ArrayList<>();
		compare(changes, "NAME", known.name(), name);
		compare(changes, "SERIAL", known.serialNumber(), inventory.serialNumber());
		compare(changes, "OS", known.os(), (String) attributes.get("os"));
		compare(changes, "MEMORY", known.memoryMb(), (String) attributes.get("memoryMb"));
		compare(changes, "IP_ADDRESSES", known.ipAddresses(), (String) attributes.get("ipAddresses"));
		if (!Objects.equals(known.network(), attributes.get("network"))) {
			computers.replaceInterfaces(id, inventory.networks());
		}
		if (!known.sameSoftware()) {
			computers.replaceSoftware(id, software);
		}
		computers.recordChanges(id, changes);
		return new Outcome(id, false);
	}

	private static void compare(List<String[]> changes, String field, String before, String after) {
		if (after != null && !after.equals(before)) {
			changes.add(new String[] { field, before, after });
		}
	}

	/** The attributes of a computer that agents report; all text, so that two inventories compare as text. */
	static Map<String, Object> attributes(AgentInventory inventory) {
		Map<String, Object> attributes = new LinkedHashMap<>();
		put(attributes, "os", inventory.osName());
		put(attributes, "osVersion", inventory.osVersion());
		put(attributes, "memoryMb", inventory.memoryMb() == null ? null : inventory.memoryMb().toString());
		put(attributes, "cpu", inventory.cpu());
		put(attributes, "chassis", inventory.chassis());
		put(attributes, "ipAddresses", inventory.ipAddresses());
		put(attributes, "macAddresses", String.join(", ", inventory.macAddresses()));
		put(attributes, "disks", String.join(", ", inventory.storages()
			.stream()
			.map(s -> Objects.requireNonNullElse(s.model(), Objects.requireNonNullElse(s.name(), "?"))
					+ (s.sizeMb() == null ? "" : " " + Math.round(s.sizeMb() / 1000.0) + " GB"))
			.toList()));
		put(attributes, "network", String.join("; ", inventory.networks()
			.stream()
			.map(n -> n.name() + " " + n.macAddress() + " " + n.ipAddress())
			.toList()));
		put(attributes, "softwareCount", String.valueOf(inventory.software().size()));
		return attributes;
	}

	private static void put(Map<String, Object> attributes, String key, String value) {
		if (value != null && !value.isBlank()) {
			attributes.put(key, value.length() > 500 ? value.substring(0, 500) : value);
		}
	}

	/** The kind of computer from the chassis the agent reports, or a workstation when it tells nothing. */
	static AssetKind kind(AgentInventory inventory) {
		String machine = (Objects.requireNonNullElse(inventory.manufacturer(), "") + " "
				+ Objects.requireNonNullElse(inventory.model(), "")).toLowerCase(Locale.ROOT);
		if (machine.contains("vmware") || machine.contains("virtualbox") || machine.contains("kvm")
				|| machine.contains("qemu") || machine.contains("virtual machine") || machine.contains("xen")) {
			return AssetKind.VIRTUAL_MACHINE;
		}
		String chassis = Objects.requireNonNullElse(inventory.chassis(), "").toLowerCase(Locale.ROOT);
		if (chassis.contains("notebook") || chassis.contains("laptop") || chassis.contains("portable")
				|| chassis.contains("convertible") || chassis.contains("detachable") || chassis.contains("tablet")
				|| chassis.contains("hand held")) {
			return AssetKind.LAPTOP;
		}
		if (chassis.contains("rack") || chassis.contains("blade") || chassis.contains("server")
				|| chassis.contains("multi-system")) {
			return AssetKind.SERVER;
		}
		return AssetKind.WORKSTATION;
	}

	private static String hostname(AgentInventory inventory) {
		if (inventory.hostname() != null && !inventory.hostname().isBlank()) {
			return inventory.hostname();
		}
		return inventory.deviceId() == null || inventory.deviceId().isBlank() ? "?" : inventory.deviceId();
	}

	/** The unit the agent's TAG names, or the configured unit, or the first top-level unit. */
	private long unit(String tag) {
		if (tag != null && !tag.isBlank()) {
			// A code that names no unit is not kept: the unit may be created meanwhile.
			Long unit = tagged.get(tag.strip(),
					code -> organisation.findByCodeUnscoped(code).map(OrganisationUnit::id).orElse(null));
			if (unit != null) {
				return unit;
			}
		}
		Long unit = defaultUnit;
		if (unit == null) {
			unit = settings.agentUnit().isBlank() ? null
					: organisation.findByCodeUnscoped(settings.agentUnit()).map(OrganisationUnit::id).orElse(null);
			if (unit == null) {
				unit = organisation.allUnscoped().get(0).id();
			}
			defaultUnit = unit;
		}
		return unit;
	}
}
