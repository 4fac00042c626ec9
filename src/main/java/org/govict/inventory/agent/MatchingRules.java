package org.govict.inventory.agent;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which known computer an inventory reports: the rules are tried in their order, and the first that finds exactly
 * one computer decides. A criterion whose value is missing or a placeholder ("To be filled by O.E.M.") is skipped,
 * so that two boards with the same placeholder serial are never taken for one machine; a rule finding several
 * computers decides nothing either. No match means a new computer.
 */
public final class MatchingRules {

	/** How the computers are looked up: for every criterion sought at once, the ids of the computers found. */
	public interface Computers {

		Map<MatchCriterion, List<Long>> find(Sought sought);
	}

	/** The values an inventory is looked up by: those of the enabled criteria that identify something, else null. */
	public record Sought(String serial, String hardwareUuid, List<String> macAddresses, String hostname) {
	}

	private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^0-9a-z]");

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
		String compact = NOT_ALPHANUMERIC.matcher(key).replaceAll("");
		return placeholders.contains(key) || compact.length() < 3 || compact.chars().distinct().count() == 1;
	}

	public Optional<Long> match(AgentInventory inventory, Computers computers) {
		Map<MatchCriterion, List<Long>> found = computers.find(sought(inventory));
		for (MatchCriterion criterion : criteria) {
			List<Long> distinct = found.getOrDefault(criterion, List.of()).stream().distinct().toList();
			if (distinct.size() == 1) {
				return Optional.of(distinct.get(0));
			}
		}
		return Optional.empty();
	}

	/** What the enabled criteria look the inventory up by, leaving out placeholders. */
	Sought sought(AgentInventory inventory) {
		String serial = criteria.contains(MatchCriterion.SERIAL) && !isPlaceholder(inventory.serialNumber())
				? inventory.serialNumber().strip() : null;
		String uuid = criteria.contains(MatchCriterion.HARDWARE_UUID) && !isPlaceholder(inventory.hardwareUuid())
				? ReportedComputers.uuid(inventory) : null;
		List<String> macs = criteria.contains(MatchCriterion.MAC_ADDRESS)
				? inventory.macAddresses().stream().filter(m -> !isPlaceholder(m)).toList() : List.of();
		String hostname = criteria.contains(MatchCriterion.HOSTNAME) && !isPlaceholder(inventory.hostname())
				? inventory.hostname().strip() : null;
		return new Sought(serial, uuid, macs, hostname);
	}

	private static String key(String value) {
		return value.strip().toLowerCase(Locale.ROOT);
	}
}
