package org.govict.inventory.agent;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which known computer an inventory reports: the rules are tried in their order, and the first that finds exactly
 * one computer decides. A criterion whose value is missing or a placeholder ("To be filled by O.E.M.") is skipped,
 * so that two boards with the same placeholder serial are never taken for one machine; a rule finding several
 * computers decides nothing either. No match means a new computer.
 */
public final class MatchingRules {

	/** How the computers are looked up for each criterion; each lookup answers the ids of the computers found. */
	public interface Computers {

		List<Long> withSerial(String serial);

		List<Long> withHardwareUuid(String uuid);

		List<Long> withMacAddress(Collection<String> macs);

		List<Long> withHostname(String hostname);
	}

	private final List<MatchCriterion> criteria;

	private final Set<String> placeholders;

	/**
	 * @param criteria the enabled criteria, in order
	 * @param placeholders values that identify nothing, compared ignoring case and surrounding spaces
	 */
	public MatchingRules(List<MatchCriterion> criteria, Collection<String> placeholders) {
		this.criteria = List.copyOf(criteria);
		this.placeholders = placeholders.stream().map(MatchingRules::key).collect(Collectors.toUnmodifiableSet());
	}

	public List<MatchCriterion> criteria() {
		return criteria;
	}

	/** Whether the value identifies nothing: empty, a placeholder, or one character repeated ("00000000"). */
	public boolean isPlaceholder(String value) {
		if (value == null || value.isBlank()) {
			return true;
		}
		String key = key(value);
		String compact = key.replaceAll("[^0-9a-z]", "");
		return placeholders.contains(key) || compact.length() < 3 || compact.chars().distinct().count() == 1;
	}

	public Optional<Long> match(AgentInventory inventory, Computers computers) {
		for (MatchCriterion criterion : criteria) {
			List<Long> found = switch (criterion) {
				case SERIAL -> isPlaceholder(inventory.serialNumber()) ? List.of()
						: computers.withSerial(inventory.serialNumber().strip());
				case HARDWARE_UUID -> isPlaceholder(inventory.hardwareUuid()) ? List.of()
						: computers.withHardwareUuid(inventory.hardwareUuid().strip().toUpperCase(Locale.ROOT));
				case MAC_ADDRESS -> {
					List<String> macs = inventory.macAddresses().stream().filter(m -> !isPlaceholder(m)).toList();
					yield macs.isEmpty() ? List.of() : computers.withMacAddress(macs);
				}
				case HOSTNAME -> isPlaceholder(inventory.hostname()) ? List.of()
						: computers.withHostname(inventory.hostname().strip());
			};
			List<Long> distinct = found.stream().distinct().toList();
			if (distinct.size() == 1) {
				return Optional.of(distinct.get(0));
			}
		}
		return Optional.empty();
	}

	private static String key(String value) {
		return value.strip().toLowerCase(Locale.ROOT);
	}
}
