package org.govict.platform.security;

import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Which organisation units' data a user may see: the subtree of their own unit, the subtrees they were granted
 * besides it, or everything ({@code unrestricted}, for the ministry level and system administrators).
 */
public record DataScope(Long homeUnitId, Set<Long> grantedUnitIds, boolean unrestricted) implements Serializable {

	public static final DataScope NONE = new DataScope(null, Set.of(), false);

	public static final DataScope EVERYTHING = new DataScope(null, Set.of(), true);

	public DataScope {
		grantedUnitIds = Set.copyOf(grantedUnitIds);
	}

	/** The roots of the subtrees this scope covers; empty for an unrestricted scope. */
	public Set<Long> rootUnitIds() {
		Set<Long> roots = new LinkedHashSet<>();
		if (homeUnitId != null) {
			roots.add(homeUnitId);
		}
		roots.addAll(grantedUnitIds);
		return roots;
	}

	public boolean coversNothing() {
		return !unrestricted && rootUnitIds().isEmpty();
	}
}
