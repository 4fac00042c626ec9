package org.govict.infosec;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The measures of one group on a system's checklist and how far they are met. A group the circular does not name
 * (one an administrator made up) comes after the circular's groups.
 *
 * @param group the group's name, a {@link MeasureGroup} name for the circular's groups
 * @param measures the group's required measures, by code
 * @param met how many are met
 * @param notApplicable how many do not apply to the system, with their reasons
 */
public record ChecklistGroup(String group, List<RequiredMeasure> measures, long met, long notApplicable) {

	/** Whether the group is one of management or technical requirements; null for a group the circular does not name. */
	public MeasureGroup.Part part() {
		return MeasureGroup.of(group).map(MeasureGroup::part).orElse(null);
	}

	public int size() {
		return measures.size();
	}

	/** The share of the measures that apply which are met, in whole per cent. */
	public int percentMet() {
		long applicable = measures.size() - notApplicable;
		return applicable == 0 ? 100 : (int) (met * 100 / applicable);
	}

	public static List<ChecklistGroup> of(List<RequiredMeasure> checklist) {
		Map<String, List<RequiredMeasure>> byGroup = new LinkedHashMap<>();
		checklist.stream()
			.sorted(Comparator.comparing((RequiredMeasure r) -> order(r.measure().group()))
				.thenComparing(r -> r.measure().group())
				.thenComparing(r -> r.measure().code()))
			.forEach(r -> byGroup.computeIfAbsent(r.measure().group(), g -> new ArrayList<>()).add(r));
		return byGroup.entrySet().stream().map(e -> {
			List<RequiredMeasure> measures = List.copyOf(e.getValue());
			long met = measures.stream().filter(r -> r.status() == MeasureStatus.MET).count();
			long notApplicable = measures.stream().filter(r -> r.status() == MeasureStatus.NOT_APPLICABLE).count();
			return new ChecklistGroup(e.getKey(), measures, met, notApplicable);
		}).toList();
	}

	static int order(String group) {
		return MeasureGroup.of(group).map(Enum::ordinal).orElse(MeasureGroup.values().length);
	}
}
