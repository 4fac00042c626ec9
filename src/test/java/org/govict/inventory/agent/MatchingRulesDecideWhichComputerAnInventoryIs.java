package org.govict.inventory.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

/** Which known computer an inventory is, by the administrators' ordered rules and placeholder values. */
class MatchingRulesDecideWhichComputerAnInventoryIs {

	static final List<String> PLACEHOLDERS = List.of("Default string", "To be filled by O.E.M.", "0123456789",
			"System Serial Number");

	/** Known computers: id → (hostname, serial, uuid, mac). */
	final Map<Long, String[]> known = new HashMap<>();

	/** Looks each sought value up among the known computers, as the database would. */
	final MatchingRules.Computers computers = sought -> {
		Map<MatchCriterion, List<Long>> found = new EnumMap<>(MatchCriterion.class);
		if (sought.serial() != null) {
			found.put(MatchCriterion.SERIAL, find(e -> sought.serial().equals(e[1])));
		}
		if (sought.hardwareUuid() != null) {
			found.put(MatchCriterion.HARDWARE_UUID, find(e -> sought.hardwareUuid().equals(e[2])));
		}
		if (!sought.macAddresses().isEmpty()) {
			found.put(MatchCriterion.MAC_ADDRESS, find(e -> sought.macAddresses().contains(e[3])));
		}
		if (sought.hostname() != null) {
			found.put(MatchCriterion.HOSTNAME,
					find(e -> e[0].toLowerCase(Locale.ROOT).equals(sought.hostname().toLowerCase(Locale.ROOT))));
		}
		return found;
	};

	List<Long> find(Predicate<String[]> matches) {
		return known.entrySet().stream().filter(e -> matches.test(e.getValue())).map(Map.Entry::getKey).toList();
	}

	static AgentInventory inventory(String host, String serial, String uuid, String mac) {
		return new AgentInventory("dev-" + host, null, host, uuid, serial, null, null, null, null, null, null, null,
				mac == null ? List.of() : List.of(new AgentInventory.NetworkInterface("eth0", mac, "10.0.0.1")),
				List.of(), List.of());
	}

	static MatchingRules rules(MatchCriterion... order) {
		return new MatchingRules(List.of(order), PLACEHOLDERS);
	}

	@Test
	void aPlaceholderSerialDoesNotMergeTwoMachines() {
		known.put(1L, new String[] { "PC-A", "To Be Filled By O.E.M.", null, "aa:aa:aa:aa:aa:01" });

		MatchingRules serialFirst = rules(MatchCriterion.SERIAL, MatchCriterion.MAC_ADDRESS);

		assertThat(serialFirst.match(inventory("PC-B", "To Be Filled By O.E.M.", null, "aa:aa:aa:aa:aa:02"), computers))
			.isEmpty();
		assertThat(serialFirst.match(inventory("PC-B", "  Default string ", null, "aa:aa:aa:aa:aa:02"), computers))
			.isEmpty();
		assertThat(serialFirst.isPlaceholder("0000000000")).isTrue();
		assertThat(serialFirst.isPlaceholder("7XJ2QD3")).isFalse();
	}

	@Test
	void aRenamedHostWithTheSameUuidIsUpdatedNotDuplicated() {
		known.put(7L, new String[] { "PC-OLD-NAME", "SN-7", "4C4C4544-0058-4A10-8032-B7C04F514433", null });

		MatchingRules rules = rules(MatchCriterion.HARDWARE_UUID, MatchCriterion.SERIAL, MatchCriterion.HOSTNAME);

		assertThat(rules.match(inventory("PC-NEW-NAME", null, "4c4c4544-0058-4a10-8032-b7c04f514433", null), computers))
			.contains(7L);
	}

	@Test
	void theFirstRuleThatFindsOneComputerDecides() {
		known.put(1L, new String[] { "PC-1", "SN-1", null, "aa:aa:aa:aa:aa:01" });
		known.put(2L, new String[] { "PC-2", "SN-2", null, "aa:aa:aa:aa:aa:02" });

		AgentInventory moved = inventory("PC-2", "SN-1", null, "aa:aa:aa:aa:aa:02");

		assertThat(rules(MatchCriterion.SERIAL, MatchCriterion.HOSTNAME).match(moved, computers)).contains(1L);
		assertThat(rules(MatchCriterion.HOSTNAME, MatchCriterion.SERIAL).match(moved, computers)).contains(2L);
		assertThat(rules(MatchCriterion.MAC_ADDRESS).match(moved, computers)).contains(2L);
	}

	@Test
	void aRuleFindingSeveralComputersDecidesNothing() {
		known.put(1L, new String[] { "PC-1", "SAME", null, null });
		known.put(2L, new String[] { "PC-2", "SAME", null, null });

		assertThat(rules(MatchCriterion.SERIAL).match(inventory("PC-3", "SAME", null, null), computers)).isEmpty();
		assertThat(rules(MatchCriterion.SERIAL, MatchCriterion.HOSTNAME)
			.match(inventory("PC-2", "SAME", null, null), computers)).contains(2L);
	}

	@Test
	void aDisabledCriterionIsNotTried() {
		known.put(1L, new String[] { "PC-1", null, null, null });

		assertThat(rules(MatchCriterion.SERIAL).match(inventory("pc-1", null, null, null), computers)).isEmpty();
		assertThat(rules(MatchCriterion.HOSTNAME).match(inventory("pc-1", null, null, null), computers)).contains(1L);
	}
}
