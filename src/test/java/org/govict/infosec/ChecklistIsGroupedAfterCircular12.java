package org.govict.infosec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A system's checklist shown by the groups of Circular 12/2022/TT-BTTTT, each with how far it is met. */
class ChecklistIsGroupedAfterCircular12 {

	static RequiredMeasure item(String code, String group, MeasureStatus status) {
		return new RequiredMeasure(new Measure(code, group, code, code, 1, true), status, null, null, null, List.of());
	}

	@Test
	void groupsFollowTheCircularsOrderManagementBeforeTechnical() {
		List<ChecklistGroup> groups = ChecklistGroup.of(List.of(item("KT.4.01", "DATA", MeasureStatus.MET),
				item("QL.5.02", "OPERATION", MeasureStatus.NOT_STARTED), item("LOCAL-1", "PHYSICAL", MeasureStatus.MET),
				item("QL.1.01", "POLICY", MeasureStatus.MET), item("QL.5.01", "OPERATION", MeasureStatus.MET)));
		assertThat(groups).extracting(ChecklistGroup::group).containsExactly("POLICY", "OPERATION", "DATA", "PHYSICAL");
		assertThat(groups.get(1).measures()).extracting(r -> r.measure().code()).containsExactly("QL.5.01", "QL.5.02");
		assertThat(groups.get(0).part()).isEqualTo(MeasureGroup.Part.MANAGEMENT);
		assertThat(groups.get(2).part()).isEqualTo(MeasureGroup.Part.TECHNICAL);
		assertThat(groups.get(3).part()).as("a group the circular does not name").isNull();
	}

	@Test
	void progressCountsWhatIsMetOfWhatApplies() {
		ChecklistGroup network = ChecklistGroup.of(List.of(item("KT.1.01", "NETWORK", MeasureStatus.MET),
				item("KT.1.02", "NETWORK", MeasureStatus.NOT_APPLICABLE),
				item("KT.1.03", "NETWORK", MeasureStatus.IN_PROGRESS),
				item("KT.1.04", "NETWORK", MeasureStatus.NOT_STARTED))).get(0);
		assertThat(network.size()).isEqualTo(4);
		assertThat(network.met()).isEqualTo(1);
		assertThat(network.notApplicable()).isEqualTo(1);
		assertThat(network.percentMet()).isEqualTo(33);
	}
}
