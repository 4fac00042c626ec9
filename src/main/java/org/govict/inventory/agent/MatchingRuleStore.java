package org.govict.inventory.agent;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The matching rules and placeholder values as administrators keep them. Every inventory needs them, so they are
 * read once and kept for a short while; a change on this node is seen at once, on other nodes within the minute.
 */
@Repository
public class MatchingRuleStore {

	/** One rule as the administrators' page shows it. */
	public record Rule(int position, MatchCriterion criterion, boolean enabled) {
	}

	private static final Duration KEPT = Duration.ofMinutes(1);

	private final JdbcClient jdbc;

	private volatile MatchingRules current;

	private volatile Instant readAt = Instant.EPOCH;

	MatchingRuleStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public MatchingRules current() {
		MatchingRules rules = current;
		if (rules == null || readAt.plus(KEPT).isBefore(Instant.now())) {
			rules = new MatchingRules(
					rules().stream().filter(Rule::enabled).map(Rule::criterion).toList(), placeholders());
			current = rules;
			readAt = Instant.now();
		}
		return rules;
	}

	public List<Rule> rules() {
		return jdbc.sql("SELECT position, criterion, enabled FROM inventory_matching_rules ORDER BY position")
			.query((rs, n) -> new Rule(rs.getInt(1), MatchCriterion.valueOf(rs.getString(2)), rs.getBoolean(3)))
			.list();
	}

	public List<String> placeholders() {
		return jdbc.sql("SELECT value FROM inventory_placeholder_values ORDER BY value").query(String.class).list();
	}

	/** Replaces the rules: the criteria in the order given, each enabled or not. */
	public void save(List<Rule> rules, List<String> placeholders) {
		jdbc.sql("DELETE FROM inventory_matching_rules").update();
		int position = 1;
		for (Rule rule : rules) {
			jdbc.sql("INSERT INTO inventory_matching_rules (position, criterion, enabled) VALUES (?, ?, ?)")
				.params(position++, rule.criterion().name(), rule.enabled())
				.update();
		}
		jdbc.sql("DELETE FROM inventory_placeholder_values").update();
		placeholders.stream()
			.map(String::strip)
			.filter(p -> !p.isEmpty())
			.distinct()
			.forEach(p -> jdbc.sql("INSERT INTO inventory_placeholder_values (value) VALUES (?) ON CONFLICT DO NOTHING")
				.param(p.length() > 100 ? p.substring(0, 100) : p)
				.update());
		current = null;
	}
}
